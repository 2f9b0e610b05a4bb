import { z } from 'zod';
import { createZodDto } from '../common/validation/zod-dto.js';

const dependencyStatus = z.enum(['up', 'down']);

export const livenessView = z.object({ status: z.literal('ok') });
export class LivenessResponse extends createZodDto('LivenessResponse', livenessView) {}

/** What a stranger may see: whether each dependency answers, nothing more. */
export const readinessView = z.object({
  status: z.enum(['ok', 'error']),
  checks: z.object({ database: dependencyStatus, redis: dependencyStatus }),
});
export class ReadinessResponse extends createZodDto('ReadinessResponse', readinessView) {}

const checkResult = z.object({
  status: dependencyStatus,
  latencyMs: z.number().int(),
  error: z.string().optional(),
});

/** For admins: latencies and errors of each check, queue figures and warnings. */
export const healthReportView = z.object({
  status: z.enum(['ok', 'error']),
  checks: z.object({ database: checkResult, redis: checkResult }),
  jobs: z
    .object({
      queues: z.array(
        z.object({
          name: z.string(),
          workers: z.number().int(),
          waiting: z.number().int(),
          active: z.number().int(),
          delayed: z.number().int(),
          failed: z.number().int(),
        }),
      ),
      outbox: z.object({ pending: z.number().int(), oldestPendingAgeSeconds: z.number().int().nullable() }),
    })
    .optional(),
  warnings: z.array(z.string()),
});
export class HealthReportResponse extends createZodDto('HealthReportResponse', healthReportView) {}
