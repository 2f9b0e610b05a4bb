import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AuthService } from '../auth/auth.service.js';
import { QueueRegistry } from '../jobs/queue-registry.js';
import { adminOnly } from './admin-only.js';

export const QUEUE_DASHBOARD_PATH = '/queues';

/** Bull Board on /queues, for admins only (bearer token or HTTP Basic). */
export async function mountQueueDashboard(app: NestFastifyApplication): Promise<void> {
  const board = new BullBoardFastifyAdapter();
  board.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: app
      .get(QueueRegistry)
      .all()
      .map((queue) => new BullMQAdapter(queue, { readOnlyMode: false })),
    serverAdapter: board,
    options: { uiConfig: { boardTitle: 'Samverkan' } },
  });
  const guard = adminOnly(app.get(AuthService));
  await app
    .getHttpAdapter()
    .getInstance()
    .register(async (scope) => {
      scope.addHook('onRequest', guard);
      await scope.register(board.registerPlugin(), { prefix: QUEUE_DASHBOARD_PATH });
    });
}
