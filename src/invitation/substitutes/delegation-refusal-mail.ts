import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { appLinks } from '../../common/web/app-links.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { MailService } from '../../mail/mail.service.js';
import { MeetingReads } from '../../meeting/reads/meeting-reads.js';
import type { MeetingParticipantSnapshot, MeetingSnapshot } from '../../meeting/reads/meeting-snapshots.js';
import type { Locale } from '../../person/person.entity.js';
import { PersonService } from '../../person/person.service.js';
import { meetingMailData } from '../invitation-format.js';
import { InvitationService } from '../invitation.service.js';

/** Why a calendar's substitute was not accepted. */
export type DelegationRefusal =
  /** The DELEGATED-TO address is no active colleague of the delegator's organization. */
  | 'not-a-colleague'
  /** The substitute (or the delegator) already takes part. */
  | 'taking-part'
  /** The reply named several substitutes. */
  | 'not-one';

type Reader = 'delegator' | 'organizer';

const REASONS: Record<Locale, Record<Reader, Record<DelegationRefusal, string>>> = {
  sv: {
    delegator: {
      'not-a-colleague': 'Adressen {address} hör inte till någon aktiv kollega i din organisation.',
      'taking-part': '{address} deltar redan i mötet.',
      'not-one': 'Svaret namngav fler än en ersättare; du kan skicka en.',
    },
    organizer: {
      'not-a-colleague': 'Ersättarens adress hör inte till någon aktiv kollega i samma organisation.',
      'taking-part': 'Ersättaren deltar redan i mötet.',
      'not-one': 'Svaret namngav fler än en ersättare.',
    },
  },
  en: {
    delegator: {
      'not-a-colleague': 'The address {address} does not belong to an active colleague of your organisation.',
      'taking-part': '{address} already takes part in the meeting.',
      'not-one': 'The answer named more than one substitute; you can send one.',
    },
    organizer: {
      'not-a-colleague':
        "The substitute's address does not belong to an active colleague of the same organisation.",
      'taking-part': 'The substitute already takes part in the meeting.',
      'not-one': 'The answer named more than one substitute.',
    },
  },
};

/**
 * A calendar delegation that could not be honoured (docs/adr/0016): the delegator hears why, with their
 * RSVP link to choose a colleague or answer again; whoever set the meeting up hears that the person will
 * not come and nobody goes in their place. Queued in the caller's transaction (the mail outbox: its job
 * carries the emails' ids only).
 */
@Injectable()
export class DelegationRefusalMail {
  constructor(
    private readonly mail: MailService,
    private readonly invitations: InvitationService,
    private readonly meetings: MeetingReads,
    private readonly people: PersonService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async queue(
    manager: EntityManager,
    input: {
      meeting: MeetingSnapshot;
      delegator: MeetingParticipantSnapshot;
      refusal: DelegationRefusal;
      /** The DELEGATED-TO address as the calendar wrote it; shown to the delegator only. */
      substituteAddress: string;
    },
  ): Promise<void> {
    const { meeting, delegator, refusal } = input;
    const settings = { publicUrl: this.config.http.publicUrl, timeZone: this.config.timeZone };
    const links = await this.invitations.issueRsvpLinks(manager, meeting.id, [delegator.personId]);
    const reason = (locale: Locale, reader: Reader) =>
      REASONS[locale][reader][refusal].replace('{address}', input.substituteAddress.trim());
    await this.mail.queue(manager, {
      template: 'delegation-refused',
      to: {
        address: delegator.email,
        name: delegator.name,
        personId: delegator.personId,
        locale: delegator.locale,
      },
      data: {
        ...meetingMailData(meeting, delegator, settings),
        rsvpUrl: links.get(delegator.personId)!,
        reason: reason(delegator.locale, 'delegator'),
      },
      related: { type: 'meeting', id: meeting.id },
    });
    const createdBy = (await this.meetings.findById(meeting.id))?.createdBy;
    const [organizer] = createdBy ? await this.people.findByIds([createdBy]) : [];
    if (!organizer || organizer.id === delegator.personId) return;
    await this.mail.queue(manager, {
      template: 'delegation-refused-organizer',
      to: {
        address: organizer.email,
        name: organizer.name,
        personId: organizer.id,
        locale: organizer.locale,
      },
      data: {
        ...meetingMailData(meeting, organizer, settings),
        delegatorName: delegator.name,
        reason: reason(organizer.locale, 'organizer'),
        meetingUrl: appLinks.meeting(settings.publicUrl, meeting.id),
      },
      related: { type: 'meeting', id: meeting.id },
    });
  }
}
