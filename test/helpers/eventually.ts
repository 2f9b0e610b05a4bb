/** Waiting in tests and benchmarks: the one `sleep` and the one polling loop. */

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export interface EventuallyOptions {
  /** Default 15 s. */
  timeoutMs?: number;
  /** Pause between probes; default 25 ms. */
  intervalMs?: number;
  /**
   * Whether an error thrown by the probe means "not yet" (probe again; the last one is named on timeout).
   * Default: no, the error ends the wait.
   */
  retryOn?: (error: unknown) => boolean;
}

/**
 * Probes until it returns a value other than undefined, or throws `timed out … waiting for <what>`. A number
 * as the third argument is the timeout in milliseconds.
 */
export async function eventually<T>(
  probe: () => T | undefined | Promise<T | undefined>,
  what: string,
  options: number | EventuallyOptions = {},
): Promise<T> {
  const { timeoutMs = 15_000, intervalMs = 25, retryOn } =
    typeof options === 'number' ? { timeoutMs: options } : options;
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      if (!retryOn?.(error)) throw error;
      lastError = error;
    }
    if (Date.now() > deadline) {
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${cause}`);
    }
    await sleep(intervalMs);
  }
}
