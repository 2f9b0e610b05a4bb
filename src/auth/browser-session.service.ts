import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedPerson } from '../common/auth/authenticated-user.js';
import {
  generateOpaqueToken,
  hashOpaqueToken,
  isWellFormedOpaqueToken,
} from '../common/auth/opaque-token.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { BrowserSessionRepository, type SessionIdentity } from './browser-session.repository.js';

/** Browser sessions behind the `samverkan_session` cookie (docs/adr/0010). */
@Injectable()
export class BrowserSessionService {
  constructor(
    private readonly repository: BrowserSessionRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Opens a session under the person's current credentials version; returns the cookie's value. */
  async open(personId: string, credentialsVersion: number, identity?: SessionIdentity): Promise<string> {
    const { idleMinutes, maxDays } = this.config.auth.session;
    await this.repository.deleteEnded(idleMinutes);
    const token = generateOpaqueToken();
    await this.repository.insert({
      tokenHash: hashOpaqueToken(token),
      personId,
      credentialsVersion,
      maxDays,
      identity,
    });
    return token;
  }

  /** The person behind a live session, or null when the session is unknown or has ended. */
  findPerson(token: string): Promise<AuthenticatedPerson | null> {
    if (!isWellFormedOpaqueToken(token)) return Promise.resolve(null);
    return this.repository.findLivePerson(hashOpaqueToken(token), this.config.auth.session.idleMinutes);
  }

  /** Ends a session (logout); an unknown one is ended already. Answers the provider session it came from. */
  async end(token: string): Promise<SessionIdentity | null> {
    if (!isWellFormedOpaqueToken(token)) return null;
    return this.repository.deleteByHash(hashOpaqueToken(token));
  }

  /** Back-channel logout from a provider: its session (sid) or every session of its subject. */
  endByIdentity(provider: string, by: { sid?: string; subject?: string }): Promise<number> {
    return this.repository.deleteByIdentity(provider, by);
  }
}
