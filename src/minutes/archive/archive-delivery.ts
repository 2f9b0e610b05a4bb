import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Readable } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { TransactionService } from '../../common/database/transaction.service.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { JobContext, JobResult } from '../../jobs/job-handler.decorator.js';
import { OBJECT_STORAGE, type ObjectStorage } from '../../storage/object-storage.js';
import { ArchivePackageRepository } from './archive-package.repository.js';

/** The registry answered, or the request failed before it could. */
type DeliveryOutcome = { ok: true } | { ok: false; error: string };

export class ArchiveDeliveryFailedError extends Error {
  constructor(readonly reason: string) {
    super(`Archive delivery failed: ${reason}`);
    this.name = 'ArchiveDeliveryFailedError';
  }
}

/**
 * Job documents/archive.deliver: POSTs one package to the registry (ARCHIVE_DELIVERY_URL) with the
 * idempotency key `<meeting id>-<revision>`. The package's row stays locked during the attempt, so a second
 * run of the same job waits and then finds it delivered: our side delivers once per revision. A failure is
 * recorded (attempts, time, `HTTP 503` or the network error's code) and thrown after the commit, so BullMQ
 * retries with the job's backoff; after the last attempt the package is `failed`.
 */
@Injectable()
export class ArchiveDelivery {
  private readonly logger = new Logger(ArchiveDelivery.name);

  constructor(
    private readonly repository: ArchivePackageRepository,
    private readonly transactions: TransactionService,
    @Inject(OBJECT_STORAGE) private readonly storage: ObjectStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async deliver(meetingId: string, revision: number, context: JobContext): Promise<JobResult> {
    const target = this.config.archive.delivery;
    if (!target) return 'skipped';
    const result = await this.transactions.run(async () => {
      const row = await this.repository.findForUpdate(meetingId, revision);
      if (!row || row.deliveryStatus === 'delivered') return 'skipped' as const;
      const outcome = await post(target, {
        body: await this.storage.get(row.storageKey),
        size: row.sizeBytes,
        filename: `${row.objectId}.zip`,
        idempotencyKey: `${meetingId}-${revision}`,
        sha256: row.sha256,
      });
      row.deliveryAttempts += 1;
      row.deliveryLastAttemptAt = new Date();
      if (outcome.ok) {
        row.deliveryStatus = 'delivered';
        row.deliveredAt = row.deliveryLastAttemptAt;
        row.deliveryLastError = null;
      } else {
        row.deliveryStatus = context.isFinalAttempt ? 'failed' : 'pending';
        row.deliveryLastError = outcome.error;
      }
      await this.repository.save(row);
      return outcome;
    });
    if (result === 'skipped') return 'skipped';
    if (!result.ok) {
      // Ids and the error's kind only: no URL (it may carry a secret), no response body.
      this.logger.warn(
        `Archive package ${meetingId} v${revision}: delivery attempt ${context.attempt} failed (${result.error})`,
      );
      throw new ArchiveDeliveryFailedError(result.error);
    }
    return 'done';
  }
}

interface DeliveryRequest {
  body: Readable;
  size: number;
  filename: string;
  idempotencyKey: string;
  sha256: string;
}

/** One POST of the zip; any 2xx is a delivery, anything else (or no answer in time) a failure to retry. */
function post(
  target: { url: string; token: string | null; timeoutMs: number },
  delivery: DeliveryRequest,
): Promise<DeliveryOutcome> {
  const url = new URL(target.url);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: DeliveryOutcome) => {
      if (settled) return;
      settled = true;
      delivery.body.destroy();
      resolve(outcome);
    };
    const request = send(
      url,
      {
        method: 'POST',
        timeout: target.timeoutMs,
        headers: {
          'content-type': 'application/zip',
          'content-length': String(delivery.size),
          'content-disposition': `attachment; filename="${delivery.filename}"`,
          'idempotency-key': delivery.idempotencyKey,
          digest: `sha-256=${Buffer.from(delivery.sha256, 'hex').toString('base64')}`,
          ...(target.token ? { authorization: `Bearer ${target.token}` } : {}),
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => {
          const status = response.statusCode ?? 0;
          settle(status >= 200 && status < 300 ? { ok: true } : { ok: false, error: `HTTP ${status}` });
        });
        response.on('error', (error: NodeJS.ErrnoException) =>
          settle({ ok: false, error: error.code ?? 'error' }),
        );
      },
    );
    request.on('timeout', () => {
      request.destroy();
      settle({ ok: false, error: 'timeout' });
    });
    request.on('error', (error: NodeJS.ErrnoException) =>
      settle({ ok: false, error: error.code ?? 'error' }),
    );
    delivery.body.on('error', () => {
      request.destroy();
      settle({ ok: false, error: 'storage' });
    });
    delivery.body.pipe(request);
  });
}
