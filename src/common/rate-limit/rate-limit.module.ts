import { Module } from '@nestjs/common';
import { RateLimitStore } from './rate-limit-store.js';

/** The shared counters of the rate limits (login, RSVP answers). */
@Module({ providers: [RateLimitStore], exports: [RateLimitStore] })
export class RateLimitModule {}
