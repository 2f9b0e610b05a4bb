import { type Draft, type DraftStore, draftKey } from './draft-store';

/**
 * What the server said to one part's save. `offline`: no answer (retried when the browser is back online and
 * every little while); `signedOut`: the session ended (401; sent again once signed in); `conflict`: someone
 * else saved the part since `baseVersion` (409), here is theirs; `failed`: refused for another reason (retried
 * only if `retry`, e.g. a 5xx, else waits for the next edit or a retry by hand).
 */
export type SendResult<V = unknown> =
  | { kind: 'saved'; version: number; value?: V }
  | { kind: 'conflict'; value: V; version: number }
  | { kind: 'offline' }
  | { kind: 'signedOut' }
  | { kind: 'failed'; code: string; message?: string; retry: boolean };

/** The state the page shows (and announces) in words. */
export type SyncStatus = 'saved' | 'saving' | 'offline' | 'conflict' | 'signedOut' | 'failed';

export interface SyncSnapshot {
  status: SyncStatus;
  /** Parts waiting for the server (including those in conflict). */
  pending: number;
  /** The drafts the server refused because someone else changed the part, with their version. */
  conflicts: Draft[];
  /** Every draft by part, for the page to show the text as written rather than the server's. */
  drafts: ReadonlyMap<string, Draft>;
  /** The last refusal when status is 'failed'. */
  error: { code: string; message?: string } | null;
}

export interface SyncOptions {
  store: DraftStore;
  personId: string;
  meetingId: string;
  /** Saves one part on the server, with the version the edit started from. */
  send: (part: string, value: unknown, baseVersion: number | null) => Promise<SendResult>;
  /** The server has the part at this version (also when the secretary takes the colleague's version). */
  onSaved?: (part: string, value: unknown, version: number) => void;
  /** The session ended: the app sends the person to sign in (the drafts stay). */
  onSignedOut?: () => void;
  /** How long after the last keystroke a part is sent. */
  delayMs?: number;
  /** Waits between tries while offline or failing for a passing reason; the last one repeats. */
  retryMs?: readonly number[];
  now?: () => number;
}

export type ConflictChoice = { kind: 'mine' } | { kind: 'theirs' } | { kind: 'merged'; value: unknown };

const DEFAULT_RETRY_MS = [2_000, 4_000, 8_000, 15_000];

/**
 * The minutes' autosave: every edit is written to the draft store at once and sent to the server a moment
 * after typing stops; a draft leaves the store only when the server has exactly its text. Parts are sent one
 * at a time, so a slow connection is never asked for two saves of the same part at once; an edit made while
 * its part is on the way is sent after it, against the version that save returned. Pure logic: the page
 * gives it the store and the API calls (hooks/useMinutesParts.ts).
 */
export class MinutesSync {
  private readonly drafts = new Map<string, Draft>();
  private readonly listeners = new Set<(snapshot: SyncSnapshot) => void>();
  private readonly delayMs: number;
  private readonly retryMs: readonly number[];
  private readonly now: () => number;
  /** Writes to the store in the order they were made; a send waits for them. */
  private writing: Promise<void> = Promise.resolve();
  private readonly queued = new Map<string, Draft | null>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private sending = false;
  private again = false;
  private retries = 0;
  private offline = false;
  private signedOut = false;
  private error: SyncSnapshot['error'] = null;
  /** Whether the last refusal may pass by itself (a 5xx) and is tried again. */
  private retryable = true;
  private disposed = false;
  private snapshotCache: SyncSnapshot | undefined;

  constructor(private readonly options: SyncOptions) {
    this.delayMs = options.delayMs ?? 1_500;
    this.retryMs = options.retryMs ?? DEFAULT_RETRY_MS;
    this.now = options.now ?? Date.now;
  }

  /** Reads the drafts this person left for this meeting (a reload, a new sign-in) and sends them. */
  async load(): Promise<SyncSnapshot> {
    const stored = await this.options.store.list(this.options.personId, this.options.meetingId);
    for (const draft of stored) if (!this.drafts.has(draft.part)) this.drafts.set(draft.part, draft);
    this.changed();
    if (this.waiting().length > 0) this.schedule(0);
    return this.snapshot();
  }

  /**
   * The secretary changed a part. `baseVersion` is the server's version of the part as the page shows it;
   * a draft already open for the part keeps the version it started from (the server has not seen it yet).
   */
  edit(part: string, value: unknown, baseVersion: number | null): void {
    const existing = this.drafts.get(part);
    const draft: Draft = {
      key: draftKey(this.options.personId, this.options.meetingId, part),
      personId: this.options.personId,
      meetingId: this.options.meetingId,
      part,
      value,
      baseVersion: existing ? existing.baseVersion : baseVersion,
      seq: (existing?.seq ?? 0) + 1,
      updatedAt: this.now(),
      conflict: existing?.conflict ?? null,
    };
    this.drafts.set(part, draft);
    this.persist(draft);
    this.error = null;
    this.changed();
    this.schedule(this.delayMs);
  }

  /** The secretary's answer to a conflict: keep their text, take the colleague's, or a merged text. */
  resolve(part: string, choice: ConflictChoice): void {
    const draft = this.drafts.get(part);
    if (!draft?.conflict) return;
    const theirs = draft.conflict;
    if (choice.kind === 'theirs') {
      this.forget(draft);
      this.options.onSaved?.(part, theirs.value, theirs.version);
      this.changed();
      return;
    }
    const resolved: Draft = {
      ...draft,
      value: choice.kind === 'merged' ? choice.value : draft.value,
      baseVersion: theirs.version,
      seq: draft.seq + 1,
      updatedAt: this.now(),
      conflict: null,
    };
    this.drafts.set(part, resolved);
    this.persist(resolved);
    this.changed();
    this.schedule(0);
  }

  /** Sends what waits now (the browser came back online, the person signed in again, "try again"). */
  retryNow(): void {
    this.signedOut = false;
    this.retries = 0;
    this.schedule(0);
  }

  /** What the browser says of its connection ('online'/'offline' events): offline shows at once, online sends. */
  setOnline(online: boolean): void {
    this.offline = !online;
    this.changed();
    if (online) this.retryNow();
  }

  /** The draft store has every edit made so far (the send of each waits for this too). */
  persisted(): Promise<void> {
    return this.writing;
  }

  subscribe(listener: (snapshot: SyncSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  snapshot(): SyncSnapshot {
    if (this.snapshotCache) return this.snapshotCache;
    const conflicts = [...this.drafts.values()].filter((draft) => draft.conflict);
    const pending = this.drafts.size;
    const status: SyncStatus =
      conflicts.length > 0
        ? 'conflict'
        : this.signedOut && pending > 0
          ? 'signedOut'
          : this.offline && pending > 0
            ? 'offline'
            : this.error && pending > 0
              ? 'failed'
              : pending > 0
                ? 'saving'
                : 'saved';
    this.snapshotCache = {
      status,
      pending,
      conflicts,
      drafts: new Map(this.drafts),
      error: status === 'failed' ? this.error : null,
    };
    return this.snapshotCache;
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.listeners.clear();
  }

  /** Drafts that can be sent: not in conflict. */
  private waiting(): Draft[] {
    return [...this.drafts.values()].filter((draft) => !draft.conflict);
  }

  private schedule(delay: number): void {
    if (this.disposed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), delay);
  }

  /** Sends every waiting draft, one after another; an edit arriving meanwhile is sent in the next round. */
  async flush(): Promise<void> {
    if (this.disposed) return;
    if (this.sending) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.sending = true;
    let stop = false;
    try {
      await this.writing;
      for (const draft of this.waiting()) {
        if (this.disposed || stop) break;
        stop = !(await this.sendOne(draft.part));
      }
    } finally {
      this.sending = false;
    }
    if (this.disposed) return;
    if (this.again && !stop) {
      this.again = false;
      this.schedule(this.delayMs);
    } else if (stop && !this.signedOut && this.waiting().length > 0 && this.shouldRetry()) {
      this.schedule(this.retryMs[Math.min(this.retries++, this.retryMs.length - 1)]);
    }
  }

  private shouldRetry(): boolean {
    return this.offline || this.retryable;
  }

  /** One part to the server; false when the round should stop (offline, signed out, failing). */
  private async sendOne(part: string): Promise<boolean> {
    const draft = this.drafts.get(part);
    if (!draft || draft.conflict) return true;
    const sentSeq = draft.seq;
    const result = await this.options.send(part, draft.value, draft.baseVersion);
    const current = this.drafts.get(part);
    if (!current) return true; // taken back meanwhile (e.g. "take theirs")
    switch (result.kind) {
      case 'saved': {
        this.offline = false;
        this.signedOut = false;
        this.error = null;
        this.retries = 0;
        const value = result.value ?? draft.value;
        this.options.onSaved?.(part, value, result.version);
        if (current.seq === sentSeq) {
          this.forget(current);
        } else {
          // Typed on while it was on the way: the rest goes out against the version just saved.
          const next = { ...current, baseVersion: result.version };
          this.drafts.set(part, next);
          this.persist(next);
          this.again = true;
        }
        this.changed();
        return true;
      }
      case 'conflict': {
        this.offline = false;
        const next = { ...current, conflict: { value: result.value, version: result.version } };
        this.drafts.set(part, next);
        this.persist(next);
        this.changed();
        return true;
      }
      case 'offline':
        this.offline = true;
        this.changed();
        return false;
      case 'signedOut':
        this.offline = false;
        this.signedOut = true;
        this.changed();
        this.options.onSignedOut?.();
        return false;
      case 'failed':
        this.offline = false;
        this.error = { code: result.code, message: result.message };
        this.retryable = result.retry;
        this.changed();
        return false;
    }
  }

  private forget(draft: Draft): void {
    this.drafts.delete(draft.part);
    this.write(draft.key, null);
  }

  private persist(draft: Draft): void {
    this.write(draft.key, { ...draft });
  }

  /**
   * Queues a write of the store (null: delete). Writes happen in order; while one of a key waits its turn,
   * a newer one takes its place (fast typing makes one write, not one per keystroke, behind a slow disk).
   */
  private write(key: string, draft: Draft | null): void {
    const waiting = this.queued.has(key);
    this.queued.set(key, draft);
    if (waiting) return;
    this.writing = this.writing
      .then(() => {
        const latest = this.queued.get(key);
        this.queued.delete(key);
        return latest ? this.options.store.put(latest) : this.options.store.delete(key);
      })
      .catch(() => undefined);
  }

  private changed(): void {
    this.snapshotCache = undefined;
    const snapshot = this.snapshot();
    for (const listener of this.listeners) listener(snapshot);
  }
}
