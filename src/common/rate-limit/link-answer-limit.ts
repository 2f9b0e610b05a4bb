import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { RateLimitedError } from '../errors/domain-error.js';
import { rateLimitAddress } from './client-address.js';
import { RateLimitStore } from './rate-limit-store.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Limits the answers through the public links in emails (POST /rsvp/:token, POST /round-proposal/:token):
 * RSVP_ANSWERS_PER_TOKEN answers per link and RSVP_ANSWERS_PER_ADDRESS per client address (any links of
 * either kind, unknown ones too, so guessing links is limited as well) in RSVP_ANSWER_WINDOW_SECONDS. With an
 * unchanged answer writing nothing, a link can add at most the per-link limit of audit rows in a window.
 * Keys hold hashes, never a token or an address.
 */
@Injectable()
export class LinkAnswerLimit {
  private readonly logger = new Logger(LinkAnswerLimit.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly store: RateLimitStore,
  ) {}

  /** Counts one answer; throws RateLimitedError (429, Retry-After) past either limit. */
  async check(token: string, address: string | undefined): Promise<void> {
    const { perToken, perAddress, windowSeconds } = this.config.invitations.rsvpAnswers;
    const windowMs = windowSeconds * 1000;
    const prefix = `${this.config.redis.queuePrefix}:link-answers`;
    const bucket = rateLimitAddress(address);
    const [fromAddress, addressLeftMs] = await this.store.countInWindow(
      `${prefix}:address:${sha256(bucket)}`,
      windowMs,
    );
    if (fromAddress > perAddress) this.refuse('address', bucket, addressLeftMs);
    const [forToken, tokenLeftMs] = await this.store.countInWindow(
      `${prefix}:token:${sha256(token)}`,
      windowMs,
    );
    if (forToken > perToken) this.refuse('link', bucket, tokenLeftMs);
  }

  private refuse(limit: 'link' | 'address', address: string, leftMs: number): never {
    const retryAfterSeconds = Math.max(1, Math.ceil(leftMs / 1000));
    this.logger.warn({ msg: 'Link answer refused: too many', limit, address, retryAfterSeconds });
    throw new RateLimitedError('Too many answers through this link; try again later', retryAfterSeconds);
  }
}
