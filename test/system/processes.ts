import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { eventually, sleep } from '../helpers/eventually';

export const REPO_ROOT = resolve(__dirname, '../..');
export { sleep };

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

export async function scratchDirectory(label: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `samverkan-${label}-`));
}

/**
 * A child process of the test (an api or worker of the built service, or a redis-server) whose output goes
 * to a log file, so a failure can show what each process said.
 */
export class ManagedProcess {
  private child: ChildProcess | undefined;
  private exited: Promise<number | null> = Promise.resolve(null);
  exitCode: number | null | undefined;
  signal: NodeJS.Signals | null | undefined;

  constructor(
    readonly name: string,
    private readonly command: string,
    private readonly args: string[],
    private readonly env: Record<string, string>,
    readonly logFile: string,
  ) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return this.child !== undefined && this.exitCode === undefined;
  }

  start(): void {
    const log = createWriteStream(this.logFile, { flags: 'a' });
    this.exitCode = undefined;
    this.signal = undefined;
    const child = spawn(this.command, this.args, {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    this.child = child;
    this.exited = new Promise((done) =>
      child.once('exit', (code, signal) => {
        this.exitCode = code;
        this.signal = signal;
        log.end();
        done(code);
      }),
    );
  }

  /** Sends the signal and waits (bounded) for the process to go. */
  async stop(signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 15_000): Promise<void> {
    if (!this.running) return;
    this.child!.kill(signal);
    const gone = await Promise.race([this.exited.then(() => true), sleep(timeoutMs).then(() => false)]);
    if (!gone) {
      this.child!.kill('SIGKILL');
      await this.exited;
    }
  }

  async output(): Promise<string> {
    return readFile(this.logFile, 'utf8').catch(() => '');
  }

  /** The last lines of the log, for failure messages. */
  async tail(lines = 30): Promise<string> {
    return (await this.output()).split('\n').slice(-lines).join('\n');
  }
}

/** Thrown by a probe to stop waiting at once. */
export class FatalStart extends Error {}

/**
 * Polls until `probe` returns a value (not undefined), or throws after `timeoutMs`; a probe's error means "not
 * yet", except a FatalStart.
 */
export function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined> | T | undefined,
  timeoutMs: number,
  intervalMs = 100,
): Promise<T> {
  return eventually(probe, what, {
    timeoutMs,
    intervalMs,
    retryOn: (error) => !(error instanceof FatalStart),
  });
}

/** A redis-server of the test's own on a free port, never the shared one on 6379. */
export class OwnRedis {
  readonly process: ManagedProcess;

  private constructor(
    readonly port: number,
    directory: string,
  ) {
    // Persistence as docs/operations.md asks of production: AOF, fsync on every write, no eviction.
    this.process = new ManagedProcess(
      'redis',
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'yes',
        '--appendfsync',
        'always',
        '--maxmemory-policy',
        'noeviction',
        '--dir',
        directory,
        '--daemonize',
        'no',
      ],
      {},
      join(directory, 'redis.log'),
    );
  }

  static async start(directory: string): Promise<OwnRedis> {
    const redis = new OwnRedis(await freePort(), directory);
    await redis.startAgain();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async startAgain(): Promise<void> {
    this.process.start();
    await waitFor('redis-server to accept connections', () => this.ping(), 10_000, 50);
  }

  async ping(): Promise<true | undefined> {
    const { Socket } = await import('node:net');
    return new Promise((done) => {
      const socket = new Socket();
      let answer = '';
      socket.setTimeout(500, () => socket.destroy());
      socket.on('error', () => done(undefined));
      socket.on('close', () => done(answer.startsWith('+PONG') ? true : undefined));
      socket.on('data', (chunk) => {
        answer += chunk.toString();
        socket.end();
      });
      socket.connect(this.port, '127.0.0.1', () => socket.write('PING\r\n'));
    });
  }
}
