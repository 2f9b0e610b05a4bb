import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { formatInstant, formatMeetingWhen } from '../../agenda/agenda-format.js';
import { formatFileSize } from '../../agenda/papers/paper-format.js';
import { appLinks } from '../../common/web/app-links.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { MailService } from '../../mail/mail.service.js';
import type { MeetingView } from '../../meeting/meeting.dto.js';
import { type MeetingInstants, meetingTimes } from '../../meeting/reads/meeting-times.js';
import type { PersonView } from '../../person/person.dto.js';
import type { Locale } from '../../person/person.entity.js';
import { PersonService } from '../../person/person.service.js';
import type { MinutesReviewEntity } from '../minutes.entity.js';

/** What an email to the secretary names of the meeting: the API's view or the read model will do. */
type MinutesMailMeeting = Pick<MeetingView, 'id' | 'title'> & MeetingInstants;

/** One recipient of the locked minutes: a participant, or an informed address (no person). */
export interface DistributionRecipient {
  address: string;
  name: string;
  personId: string | undefined;
  locale: Locale;
  /** Of the region or a municipality of the meeting: gets the full PDF. */
  isParty: boolean;
}

/** The emails of the minutes, queued in the caller's transaction: approval links, a return, distribution. */
@Injectable()
export class MinutesMail {
  constructor(
    private readonly mail: MailService,
    private readonly people: PersonService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** To an adjuster: the link to approve or return (again, as a reminder, before the deadline). */
  async approvalLink(
    manager: EntityManager,
    input: {
      meeting: MeetingView;
      review: MinutesReviewEntity;
      person: PersonView;
      submittedBy: string;
      token: string;
      reminder: boolean;
    },
  ): Promise<void> {
    const { meeting, person } = input;
    await this.mail.queue(manager, {
      template: 'minutes-approval',
      to: { address: person.email, name: person.name, personId: person.id, locale: person.locale },
      data: {
        personName: person.name,
        meetingTitle: meeting.title,
        when: this.when(meeting, person.locale),
        submittedBy: input.submittedBy,
        deadline: formatInstant(input.review.deadlineAt, this.config.timeZone, person.locale),
        approvalUrl: `${this.config.http.publicUrl}/minutes-approval/${input.token}`,
        reminder: input.reminder,
      },
      related: { type: 'minutes', id: meeting.id },
    });
  }

  /** To the secretary who submitted: an adjuster returned the minutes, with the comment. */
  async returned(
    manager: EntityManager,
    meeting: MeetingView,
    review: MinutesReviewEntity,
    adjusterName: string,
    comment: string,
  ): Promise<void> {
    const [secretary] = await this.people.findByIds([review.submittedBy]);
    if (!secretary) return;
    await this.mail.queue(manager, {
      template: 'minutes-returned',
      ...this.toSecretary(meeting, secretary),
      data: { ...this.aboutMinutes(meeting, secretary), adjusterName, comment },
    });
  }

  /** To the secretary: the meeting took place `workingDays` working days ago and its minutes are not submitted. */
  async overdue(
    manager: EntityManager,
    meeting: MinutesMailMeeting,
    secretary: PersonView,
    workingDays: number,
  ): Promise<void> {
    await this.mail.queue(manager, {
      template: 'minutes-overdue',
      ...this.toSecretary(meeting, secretary),
      data: { ...this.aboutMinutes(meeting, secretary), workingDays: String(workingDays) },
    });
  }

  /** An email to a secretary about these minutes: recipient and link. */
  private toSecretary(meeting: MinutesMailMeeting, secretary: PersonView) {
    return {
      to: {
        address: secretary.email,
        name: secretary.name,
        personId: secretary.id,
        locale: secretary.locale,
      },
      related: { type: 'minutes' as const, id: meeting.id },
    };
  }

  /** What every email to a secretary about the minutes says: whom, which meeting, and the minutes' page. */
  private aboutMinutes(meeting: MinutesMailMeeting, secretary: PersonView) {
    return {
      personName: secretary.name,
      meetingTitle: meeting.title,
      when: this.when(meeting, secretary.locale),
      minutesUrl: appLinks.meetingMinutes(this.config.http.publicUrl, meeting.id),
    };
  }

  /** The locked minutes to one recipient, with the PDF their side may read. */
  async distribution(
    manager: EntityManager,
    input: {
      meeting: MeetingView;
      recipient: DistributionRecipient;
      adjusters: readonly string[];
      filename: string;
      pdf: Buffer;
      /** The papers of the items this recipient's PDF shows. */
      papers: ReadonlyArray<{ name: string; sizeBytes: number }>;
      /** Outside the parties: the restricted items as their secrecy markings ("2. Sekretess enligt …"). */
      markings: readonly string[];
    },
  ): Promise<void> {
    const { meeting, recipient } = input;
    await this.mail.queue(manager, {
      template: 'minutes-distribution',
      to: {
        address: recipient.address,
        ...(recipient.name ? { name: recipient.name } : {}),
        ...(recipient.personId ? { personId: recipient.personId } : {}),
        locale: recipient.locale,
      },
      data: {
        personName: recipient.name || (recipient.locale === 'sv' ? 'du' : 'there'),
        meetingTitle: meeting.title,
        when: this.when(meeting, recipient.locale),
        adjusters: input.adjusters.join(recipient.locale === 'sv' ? ' och ' : ' and '),
        partial: !recipient.isParty,
        caseNumber: meeting.caseNumber ?? '',
        markings: [...input.markings],
        papers: input.papers.map((paper) => ({
          name: paper.name,
          size: formatFileSize(paper.sizeBytes, recipient.locale),
        })),
        // Only the parties sign in to open them; the papers are listed, never attached (size, and the
        // PDF names each with its SHA-256).
        agendaUrl: recipient.isParty ? appLinks.meetingAgenda(this.config.http.publicUrl, meeting.id) : '',
      },
      attachments: [{ filename: input.filename, content: input.pdf, contentType: 'application/pdf' }],
      related: { type: 'minutes', id: meeting.id },
    });
  }

  /** When the meeting takes place, in the reader's language and the deployment's time zone. */
  when(meeting: MeetingInstants, locale: Locale): string {
    const { startAt, endAt } = meetingTimes(meeting);
    return formatMeetingWhen(startAt, endAt, this.config.timeZone, locale);
  }
}
