/**
 * Coalesces calls made in the same turn of the event loop into one statement. Each call gets its own
 * result; if the statement fails, every call of that batch fails with its error (the callers' jobs retry).
 * The batch runs on setImmediate, after the I/O events that arrived together (e.g. several SMTP
 * acknowledgements) have each added their key, so under load a batch grows and round trips shrink, and
 * alone a call waits for no timer.
 */
export class StatementBatcher<K, V> {
  private pending: Array<{ key: K; resolve: (value: V) => void; reject: (error: unknown) => void }> = [];
  private scheduled = false;

  constructor(
    private readonly run: (keys: K[]) => Promise<Map<K, V>>,
    private readonly missing: V,
    private readonly maxBatch = 100,
  ) {}

  call(key: K): Promise<V> {
    return new Promise<V>((resolve, reject) => {
      this.pending.push({ key, resolve, reject });
      if (this.pending.length >= this.maxBatch) this.flush();
      else if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    this.run([...new Set(batch.map((entry) => entry.key))]).then(
      (results) => {
        for (const entry of batch)
          entry.resolve(results.has(entry.key) ? results.get(entry.key)! : this.missing);
      },
      (error: unknown) => {
        for (const entry of batch) entry.reject(error);
      },
    );
  }
}
