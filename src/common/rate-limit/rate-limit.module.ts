import { Module } from '@nestjs/common';
import { LinkAnswerLimit } from './link-answer-limit.js';
import { RateLimitStore } from './rate-limit-store.js';

/** The shared counters of the rate limits (login), and the limit of answers through links in emails. */
@Module({ providers: [RateLimitStore, LinkAnswerLimit], exports: [RateLimitStore, LinkAnswerLimit] })
export class RateLimitModule {}
