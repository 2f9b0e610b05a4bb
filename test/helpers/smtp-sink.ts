import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';
import { sleep } from './eventually';

export interface ReceivedMail {
  envelopeFrom: string;
  envelopeTo: string[];
  raw: Buffer;
  parsed: ParsedMail;
}

/** Decides the SMTP answer to a recipient; return undefined to accept. */
export type RecipientPolicy = (address: string) => { code: number; message: string } | undefined;

/**
 * A real SMTP server (npm smtp-server) on a free loopback port; every accepted message is kept raw and
 * parsed back with mailparser.
 */
export class SmtpSink {
  readonly messages: ReceivedMail[] = [];
  /** Every RCPT TO address, in order, whatever the answer was. */
  readonly recipientAttempts: string[] = [];
  /** How many DATA transfers have begun (the message is then in flight). */
  dataStarted = 0;
  private dataDelayMs = 0;
  private server!: SMTPServer;
  private policy: RecipientPolicy = () => undefined;
  private waiters: Array<() => void> = [];
  port = 0;

  static async start(): Promise<SmtpSink> {
    const sink = new SmtpSink();
    await sink.listen();
    return sink;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Answer RCPT TO with this policy from now on (e.g. 451 then accept, or 550). */
  setRecipientPolicy(policy: RecipientPolicy): void {
    this.policy = policy;
  }

  /** Holds each accepted message this long before answering DATA (a slow server: the send is in flight). */
  setDataDelay(ms: number): void {
    this.dataDelayMs = ms;
  }

  /** Resolves when at least `count` DATA transfers have begun. */
  async waitForDataStart(count = 1, timeoutMs = 15000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.dataStarted < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} DATA transfers, got ${this.dataStarted}`);
      await sleep(10);
    }
  }

  to(address: string): ReceivedMail[] {
    const wanted = address.toLowerCase();
    return this.messages.filter((mail) => mail.envelopeTo.some((to) => to.toLowerCase() === wanted));
  }

  /** Resolves when at least `count` messages have arrived, or rejects after `timeoutMs`. */
  async waitForCount(count: number, timeoutMs = 15000): Promise<ReceivedMail[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.messages.length < count) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`expected ${count} messages, got ${this.messages.length}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.messages;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private listen(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (address: SMTPServerAddress, _session, callback) => {
        this.recipientAttempts.push(address.address);
        const answer = this.policy(address.address);
        if (!answer) return callback();
        const error = new Error(answer.message) as Error & { responseCode: number };
        error.responseCode = answer.code;
        return callback(error);
      },
      onData: (stream, session, callback) => {
        this.dataStarted += 1;
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks);
          const delay = sleep(this.dataDelayMs);
          Promise.all([simpleParser(raw), delay])
            .then(([parsed]) => {
              this.messages.push({
                envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
                envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address),
                raw,
                parsed,
              });
              for (const wake of this.waiters.splice(0)) wake();
              callback();
            })
            .catch((error: Error) => callback(error));
        });
      },
    });
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => {
        this.port = (this.server.server.address() as AddressInfo).port;
        resolve();
      });
    });
  }
}
