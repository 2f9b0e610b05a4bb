/**
 * A short-lived cache with single flight (docs/adr/0009): while a value is being computed every caller of
 * the same key shares that one computation; a computed value is served for `ttlMs`; after that the next
 * caller starts a refresh and, until it lands, callers still get the previous value (stale while
 * revalidating), so no caller waits for a recomputation once a key is warm. A value is therefore at most
 * `ttlMs` plus one computation old. With `ttlMs` 0 nothing is cached or shared. A failed computation is not
 * kept, and a failed refresh drops the old value.
 */
interface Entry<T> {
  /** The first computation; resolved once `current` is set. */
  value: Promise<T>;
  current?: { value: T; expiresAt: number };
  refreshing: boolean;
}

export class SingleFlightCache<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
    private readonly maxEntries = 1000,
  ) {}

  get(key: string, compute: () => Promise<T>): Promise<T> {
    if (this.ttlMs <= 0) return compute();
    const entry = this.entries.get(key);
    if (!entry) return this.start(key, compute);
    if (!entry.current) return entry.value;
    if (entry.current.expiresAt > this.now()) return Promise.resolve(entry.current.value);
    if (!entry.refreshing) {
      entry.refreshing = true;
      compute().then(
        (value) => {
          entry.current = { value, expiresAt: this.now() + this.ttlMs };
          entry.refreshing = false;
        },
        () => {
          if (this.entries.get(key) === entry) this.entries.delete(key);
        },
      );
    }
    return Promise.resolve(entry.current.value);
  }

  private start(key: string, compute: () => Promise<T>): Promise<T> {
    if (this.entries.size >= this.maxEntries) this.prune();
    const value = compute();
    const entry: Entry<T> = { value, refreshing: false };
    this.entries.set(key, entry);
    value.then(
      (result) => {
        entry.current = { value: result, expiresAt: this.now() + this.ttlMs };
      },
      () => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    return value;
  }

  private prune(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) {
      if (entry.current && entry.current.expiresAt <= now && !entry.refreshing) this.entries.delete(key);
    }
    // Still full of fresh or pending entries: start over rather than grow without bound.
    if (this.entries.size >= this.maxEntries) this.entries.clear();
  }
}
