import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { EmailToSend } from './email.repository.js';
import { senderAddress } from './mail-message.js';

type PooledTransport = ReturnType<typeof createPooledTransport>;

function createPooledTransport(url: string, maxConnections: number) {
  return createTransport({
    url,
    pool: true,
    maxConnections,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 120_000,
  });
}

/**
 * Delivers stored messages as they are (worker role). With SMTP_URL: one pooled nodemailer transport for
 * the process, since opening a connection per message costs a greeting each time. Without it: each
 * message is written to MAIL_OUTBOX_DIR as `<email id>.eml`.
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly logger = new Logger(MailTransport.name);
  private pool: PooledTransport | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get mode(): 'smtp' | 'file' {
    return this.config.mail.smtpUrl ? 'smtp' : 'file';
  }

  /** Sends the stored bytes; throws nodemailer's error (with responseCode when the server answered). */
  async deliver(email: EmailToSend): Promise<void> {
    const url = this.config.mail.smtpUrl;
    if (!url) {
      await this.writeEml(email);
      return;
    }
    this.pool ??= createPooledTransport(url, this.config.mail.smtpPoolSize);
    await this.pool.sendMail({
      envelope: { from: senderAddress(this.config.mail.from), to: [email.toAddress] },
      raw: email.raw,
    });
  }

  /** Where `.eml` files go when there is no SMTP server. */
  emlPath(emailId: string): string {
    return join(resolve(this.config.mail.outboxDir), `${emailId}.eml`);
  }

  onApplicationShutdown(): void {
    // Active jobs have finished (workers close first), so no message is in flight.
    this.pool?.close();
    this.pool = undefined;
  }

  /** Temporary file, then rename: a reader never sees half a message. */
  private async writeEml(email: EmailToSend): Promise<void> {
    const target = this.emlPath(email.id);
    const temporary = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    await mkdir(resolve(this.config.mail.outboxDir), { recursive: true });
    try {
      await writeFile(temporary, email.raw);
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    this.logger.debug({ msg: 'email written to outbox folder', emailId: email.id });
  }
}
