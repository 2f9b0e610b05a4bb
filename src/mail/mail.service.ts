import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Locale } from '../person/person.entity.js';

/** Templates and the data each one needs. Every template exists in Swedish and English. */
export interface MailTemplateData {
  welcome: { personName: string; organizationName: string; loginUrl: string; loginEmail: string };
}
export type MailTemplateName = keyof MailTemplateData;

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
}

/**
 * Renders an email once, stores it and writes its send job to the outbox, all inside the caller's
 * transaction: if the transaction rolls back, no email exists and nothing is sent.
 */
@Injectable()
export class MailService {
  // TODO(#2): implemented by the mail spine.
  queue<T extends MailTemplateName>(
    _manager: EntityManager,
    _input: QueueEmailInput<T>,
  ): Promise<{ emailId: string }> {
    return Promise.reject(new Error('not implemented'));
  }
}
