import { randomUUID } from 'node:crypto';
import { setImmediate } from 'node:timers/promises';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { OutboxService } from '../jobs/outbox.service.js';
import type { Locale } from '../person/person.entity.js';
import { type EmailDelivery, EmailRepository, type NewEmail } from './email.repository.js';
import { EMAILS_PER_SEND_JOB, emailSendJobId } from './email-job-id.js';
import {
  type MailAlternative,
  type MailAttachment,
  type MailCalendarEvent,
  composeMessage,
  messageIdFor,
} from './mail-message.js';
import { MailRenderer } from './mail-renderer.js';
import type { MailTemplateData, MailTemplateName } from './templates/index.js';

export type { MailTemplateData, MailTemplateName } from './templates/index.js';
export type { MailAlternative, MailAttachment, MailCalendarEvent } from './mail-message.js';
export type { EmailDelivery } from './email.repository.js';

export interface EmailRecipient {
  address: string;
  name?: string;
  personId?: string;
  locale: Locale;
}

export interface QueueEmailInput<T extends MailTemplateName> {
  template: T;
  to: EmailRecipient;
  data: MailTemplateData[T];
  /** What the message is about, for lookups such as "the invitations of meeting X". */
  related?: { type: string; id: string };
  /** Files from memory, e.g. minutes.pdf. */
  attachments?: MailAttachment[];
  /** Further bodies beside text and HTML. */
  alternatives?: MailAlternative[];
  /** An iMIP invitation or cancellation: a `text/calendar; method=…` part plus an .ics attachment. */
  calendarEvent?: MailCalendarEvent;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
}

/** Any one email of any template, its data checked against its template. */
export type AnyQueueEmailInput = { [T in MailTemplateName]: QueueEmailInput<T> }[MailTemplateName];

/**
 * Messages composed between two turns of the event loop in queueMany: one, so that SMTP conversations and
 * other I/O wait at most one message's composing (a fraction of a millisecond) while hundreds are queued.
 */
const YIELD_EVERY = 1;

/**
 * Renders an email once, stores it and writes its send job to the outbox, all inside the caller's
 * transaction: if the transaction rolls back, no email exists and nothing is sent.
 */
@Injectable()
export class MailService {
  constructor(
    private readonly renderer: MailRenderer,
    private readonly emails: EmailRepository,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async queue<T extends MailTemplateName>(
    manager: EntityManager,
    input: QueueEmailInput<T>,
  ): Promise<{ emailId: string }> {
    // QueueEmailInput<T> is one member of the union; the compiler cannot see that for a generic T.
    const [queued] = await this.queueMany(manager, [input as unknown as AnyQueueEmailInput]);
    return queued;
  }

  /**
   * Like `queue` for several emails (e.g. one invitation per participant): rendered one by one, stored and
   * enqueued in two statements, sent by one job (or one per EMAILS_PER_SEND_JOB). Results in input order.
   */
  async queueMany(
    manager: EntityManager,
    inputs: ReadonlyArray<AnyQueueEmailInput>,
  ): Promise<Array<{ emailId: string }>> {
    const emails: NewEmail[] = [];
    for (const input of inputs) {
      // Composing is computation: between messages, the rest of the process gets its turn.
      if (emails.length > 0 && emails.length % YIELD_EVERY === 0) await setImmediate();
      const id = randomUUID();
      const messageId = messageIdFor(id, this.config.mail.from);
      const rendered = this.renderer.render(input.template, input.to.locale, input.data);
      const raw = composeMessage({
        messageId,
        date: new Date(),
        from: this.config.mail.from,
        to: { address: input.to.address, name: input.to.name },
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        attachments: input.attachments,
        alternatives: input.alternatives,
        calendarEvent: input.calendarEvent,
        headers: input.headers,
      });
      emails.push({
        id,
        messageId,
        template: input.template,
        locale: input.to.locale,
        recipientPersonId: input.to.personId ?? null,
        toAddress: input.to.address,
        subject: rendered.subject,
        raw,
        relatedType: input.related?.type ?? null,
        relatedId: input.related?.id ?? null,
      });
    }
    await this.emails.insertMany(manager, emails);
    const batches: string[][] = [];
    for (let start = 0; start < emails.length; start += EMAILS_PER_SEND_JOB) {
      batches.push(emails.slice(start, start + EMAILS_PER_SEND_JOB).map((email) => email.id));
    }
    await this.outbox.enqueueMany(
      manager,
      'mail',
      'email.send',
      batches.map((emailIds) => ({ payload: { emailIds }, placement: { jobId: emailSendJobId(emailIds) } })),
    );
    return emails.map((email) => ({ emailId: email.id }));
  }

  /**
   * Withdraws emails not sent yet, in the caller's transaction: their send jobs skip them and they stay as
   * `failed` with the reason. An email whose send is already in flight may still arrive.
   */
  withdrawQueued(manager: EntityManager, emailIds: readonly string[], reason: string): Promise<string[]> {
    return this.emails.withdrawQueued(manager, emailIds, reason);
  }

  /** Delivery state of the emails about one thing, e.g. `('meeting', id)` for its invitations. */
  deliveries(related: { type: string; id: string }): Promise<EmailDelivery[]> {
    return this.emails.findByRelated(related.type, related.id);
  }
}
