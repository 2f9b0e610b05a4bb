import type { AuthenticatedUser } from './authenticated-user.js';

interface Entry<T> {
  user: Promise<T | null>;
  expiresAt: number;
}

/**
 * The callers behind tokens, kept in this process for `ttlMs` (AUTH_USER_CACHE_MS, default 2 s) so that a
 * request does not load its caller from the database every time. Requests arriving together for an
 * uncached key share one load.
 *
 * How stale it may be: a change made through this process (PersonService update or delete) empties the
 * cache once its transaction has committed, so the next request sees it; a change made through another API
 * process, or straight in the database, is seen at most `ttlMs` later. Refusals (unknown, deleted or
 * login-disabled people) are never kept. With `ttlMs` 0 every request loads its caller.
 */
export class AuthenticatedUserCache<T extends AuthenticatedUser = AuthenticatedUser> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
    private readonly maxEntries = 10_000,
  ) {}

  get(key: string, load: () => Promise<T | null>): Promise<T | null> {
    if (this.ttlMs <= 0) return load();
    const now = this.now();
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > now) return hit.user;
    if (hit) this.entries.delete(key);
    else if (this.entries.size >= this.maxEntries) this.prune(now);
    const entry: Entry<T> = {
      expiresAt: now + this.ttlMs,
      user: load().then(
        (user) => {
          if (!user) {
            this.drop(key, entry);
            return null;
          }
          // Shared by every request of the next ttlMs: nobody may change it underneath the others.
          return Object.freeze({ ...user, roles: Object.freeze([...user.roles]) });
        },
        (error: unknown) => {
          this.drop(key, entry);
          throw error;
        },
      ),
    };
    this.entries.set(key, entry);
    return entry.user;
  }

  /**
   * Forgets every caller: after a change to people has committed. Loads still running were started before
   * the change was visible and are dropped with the rest; changes to people are rare next to requests.
   */
  clear(): void {
    this.entries.clear();
  }

  private drop(key: string, entry: Entry<T>): void {
    if (this.entries.get(key) === entry) this.entries.delete(key);
  }

  private prune(now: number): void {
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
    // Still full of fresh entries: drop the oldest rather than grow.
    const oldest = this.entries.keys().next();
    if (this.entries.size >= this.maxEntries && !oldest.done) this.entries.delete(oldest.value);
  }
}
