/**
 * The overview's caches without a time to live (issue 11, docs/adr/0009): figures are served again only
 * while the region's change counter (overview_versions, bumped by the writing transactions themselves) is
 * where it was when they were read, the local date is the same and the next meeting has not ended.
 */

/**
 * A read that started after the call: the only kind that can see a write committed before the request
 * came. Concurrent callers share reads: while one runs, every caller that came after it started waits
 * for the single next one, so a process runs at most one read at a time, plus one waiting.
 */
export class FreshRead<T> {
  private running?: Promise<T>;
  private queued?: Promise<T>;

  constructor(private readonly read: () => Promise<T>) {}

  get(): Promise<T> {
    if (!this.running) return this.start();
    // The running read may have started before this caller's request: wait for the next.
    this.queued ??= this.running
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        this.queued = undefined;
        return this.start();
      });
    return this.queued;
  }

  private start(): Promise<T> {
    const read = this.read().finally(() => {
      if (this.running === read) this.running = undefined;
    });
    this.running = read;
    return read;
  }
}

/** A computed value with the version it was read at and until when it holds without a write. */
export interface Versioned<T> {
  value: T;
  version: bigint;
  /** Epoch milliseconds; null: until the next write or date. */
  validUntil: number | null;
}

interface Entry<T> {
  version: bigint;
  today: string;
  /** Undefined while computing. */
  validUntil?: number | null;
  value: Promise<T>;
}

/**
 * Per key (a region) the newest computation, with single flight: callers that need version v or older on
 * the same date share the entry; a caller that saw a newer version starts a new computation (and the
 * entry becomes that one). A failed computation is dropped.
 */
export class VersionedCache<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(private readonly maxEntries = 1000) {}

  get(
    key: string,
    need: { version: bigint; today: string; now: number },
    compute: () => Promise<Versioned<T>>,
  ): Promise<T> {
    const entry = this.entries.get(key);
    if (
      entry &&
      entry.today === need.today &&
      entry.version >= need.version &&
      (entry.validUntil === undefined || entry.validUntil === null || need.now < entry.validUntil)
    ) {
      return entry.value;
    }
    if (!entry && this.entries.size >= this.maxEntries) this.entries.clear();
    const computing = compute();
    const fresh: Entry<T> = {
      version: need.version,
      today: need.today,
      value: computing.then((computed) => computed.value),
    };
    this.entries.set(key, fresh);
    computing.then(
      (computed) => {
        if (computed.version > fresh.version) fresh.version = computed.version;
        fresh.validUntil = computed.validUntil;
      },
      () => {
        if (this.entries.get(key) === fresh) this.entries.delete(key);
      },
    );
    return fresh.value;
  }
}
