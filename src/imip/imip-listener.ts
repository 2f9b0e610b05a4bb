import type { AddressInfo } from 'node:net';
import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import {
  SMTPServer,
  type SMTPServerAddress,
  type SMTPServerDataStream,
  type SMTPServerSession,
} from 'smtp-server';
import { CalendarService } from '../calendar/calendar.service.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { ImipReplyHandler, type ImipResult } from './imip-reply.handler.js';

/** Connections still open at shutdown get this long to finish their message. */
const CLOSE_TIMEOUT_MS = 5_000;
const MAX_CLIENTS = 50;

type SmtpError = Error & { responseCode: number };

function smtpError(code: number, message: string): SmtpError {
  return Object.assign(new Error(message), { responseCode: code });
}

/**
 * The inbound iMIP listener (worker role, when IMIP_SMTP_PORT is set): a plain SMTP server, without AUTH or
 * TLS, that sits behind the organization's mail system (docs/adr/0006). It accepts mail only to the
 * organizer address (MAIL_FROM's) and IMIP_ACCEPT_ADDRESSES, and answers DATA from ImipReplyHandler's
 * outcome. Shutdown stops accepting connections, lets open ones finish for a few seconds, and waits for
 * the replies being recorded.
 */
@Injectable()
export class ImipListener implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ImipListener.name);
  private readonly accepted: ReadonlySet<string>;
  private readonly inFlight = new Set<Promise<unknown>>();
  private server: SMTPServer | undefined;
  private boundPort: number | undefined;

  constructor(
    private readonly handler: ImipReplyHandler,
    calendar: CalendarService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.accepted = new Set([calendar.organizer.email.toLowerCase(), ...config.imip.acceptAddresses]);
  }

  /** The port listened on (IMIP_SMTP_PORT=0 takes a free one); undefined when not listening. */
  get port(): number | undefined {
    return this.boundPort;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  async start(): Promise<void> {
    if (this.server || this.config.imip.port === undefined) return;
    const server = new SMTPServer({
      name: 'samverkan-imip',
      banner: 'Samverkan iMIP',
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      size: this.config.imip.maxMessageBytes,
      maxClients: MAX_CLIENTS,
      closeTimeout: CLOSE_TIMEOUT_MS,
      logger: false,
      onRcptTo: (address, _session, callback) => callback(this.checkRecipient(address)),
      onData: (stream, session, callback) => {
        const work = this.receive(stream, session).then(
          (result) => {
            if (result.answer.code < 300) callback(null, result.answer.message);
            else callback(smtpError(result.answer.code, result.answer.message));
          },
          () => callback(smtpError(451, '4.3.0 Temporary failure, try again later')),
        );
        this.inFlight.add(work);
        void work.finally(() => this.inFlight.delete(work));
      },
    });
    server.on('error', (error: Error) => {
      this.logger.error({ msg: 'iMIP listener error', error: error.message });
    });
    await new Promise<void>((resolve, reject) => {
      const onError = (error: Error) => reject(error);
      server.server.once('error', onError);
      server.listen(this.config.imip.port, this.config.imip.host, () => {
        server.server.off('error', onError);
        resolve();
      });
    });
    this.server = server;
    this.boundPort = (server.server.address() as AddressInfo).port;
    this.logger.log({ msg: 'iMIP listener started', host: this.config.imip.host, port: this.boundPort });
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await Promise.allSettled([...this.inFlight]);
    this.boundPort = undefined;
    this.logger.log({ msg: 'iMIP listener stopped' });
  }

  private checkRecipient(address: SMTPServerAddress): SmtpError | null | undefined {
    if (this.accepted.has(address.address.trim().toLowerCase())) return undefined;
    return smtpError(550, '5.1.1 Recipient not accepted here');
  }

  private async receive(stream: SMTPServerDataStream, session: SMTPServerSession): Promise<ImipResult> {
    const chunks: Buffer[] = [];
    let bytes = 0;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      // Past the limit smtp-server answers 552 itself; keep reading to the end but stop keeping it.
      if (bytes <= this.config.imip.maxMessageBytes) chunks.push(chunk);
    }
    if (stream.sizeExceeded) {
      return { outcome: 'malformed', answer: { code: 552, message: '5.3.4 Message too big' } };
    }
    return this.handler.handle(Buffer.concat(chunks), {
      sessionId: session.id,
      // MAIL FROM:<> (bounces, auto-replies) arrives as an empty address.
      mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address || null : null,
    });
  }
}

/** The listener runs where workers run (APP_ROLE worker or all) and only when IMIP_SMTP_PORT is set. */
export function imipListenerWanted(config: AppConfig): boolean {
  return (config.role === 'worker' || config.role === 'all') && config.imip.port !== undefined;
}
