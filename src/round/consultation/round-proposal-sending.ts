import { Inject, Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { formatLocalDate, formatMeetingWhen } from '../../agenda/agenda-format.js';
import { addWorkingDays } from '../../agenda/proposal-deadline.js';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user.js';
import { TransactionService } from '../../common/database/transaction.service.js';
import { newLinkToken } from '../../common/security/link-token.js';
import { appLinks } from '../../common/web/app-links.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { MailService } from '../../mail/mail.service.js';
import type { MeetingMode } from '../../meeting/meeting.entity.js';
import { MunicipalityContacts, contactRecipient } from '../../person/municipality-contacts.js';
import type { Locale } from '../../person/person.entity.js';
import { RoundDrafts } from '../round-drafts.js';
import type { ProposeRoundInput, RoundView } from '../round.dto.js';
import { RoundErrorCode, RoundException } from '../round.exception.js';
import { DEFAULT_SCHEDULER_CONFIG } from '../scheduler/scheduler-config.js';
import { RoundViews } from '../view/round-views.js';
import { RoundConsultationRepository } from './round-consultation.repository.js';

const MODE_LABELS: Record<Locale, Record<MeetingMode, string>> = {
  sv: { onsite: 'På plats', digital: 'Digitalt', hybrid: 'På plats och digitalt' },
  en: { onsite: 'On site', digital: 'Online', hybrid: 'On site and online' },
};

/**
 * A draft round sent to the municipalities as a proposal (issue 17, point 4): each contact of a placed
 * municipality gets an email with the slot and a link to answer; the answers are RoundConsultations' part.
 */
@Injectable()
export class RoundProposalSending {
  constructor(
    private readonly drafts: RoundDrafts,
    private readonly repository: RoundConsultationRepository,
    private readonly contacts: MunicipalityContacts,
    private readonly mail: MailService,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
    private readonly views: RoundViews,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** POST /api/rounds/:id/propose: emails every placed municipality's contacts; nothing is booked yet. */
  async propose(
    user: AuthenticatedUser,
    id: string,
    input: ProposeRoundInput,
    now = new Date(),
  ): Promise<RoundView> {
    await this.transactions.run(async (manager) => {
      const { round, items } = await this.drafts.lockDraft(manager, user, id, input.version);
      if (await this.repository.findConsultation(round.id, manager)) {
        throw new RoundException(RoundErrorCode.AlreadyProposed, 'The round was sent as a proposal already');
      }
      const proposed = items.filter((item) => item.state === 'proposed' && item.startAt && item.endAt);
      if (proposed.length === 0) {
        throw new RoundException(RoundErrorCode.NothingToPropose, 'No municipality has a proposed slot');
      }
      const answerByDate = addWorkingDays(
        DateTime.fromJSDate(now, { zone: this.config.timeZone }).toISODate()!,
        this.config.rounds.consultationWorkingDays,
        DEFAULT_SCHEDULER_CONFIG.holidayCountry,
      );
      const answerDueAt = DateTime.fromISO(answerByDate, { zone: this.config.timeZone })
        .plus({ days: 1 })
        .startOf('day')
        .toJSDate();
      await this.repository.insert(
        manager,
        { roundId: round.id, sentAt: now, sentBy: user.personId, answerDueAt },
        proposed.map((item) => ({ organizationId: item.organizationId, proposedStartAt: item.startAt! })),
      );
      const contacts = await this.contacts.of(
        proposed.map((item) => item.organizationId),
        proposed.flatMap((item) => item.participantIds),
      );
      const links = [];
      const emails = [];
      for (const item of proposed) {
        for (const contact of contacts.get(item.organizationId) ?? []) {
          const { token, hash } = newLinkToken();
          links.push({
            hash,
            roundId: round.id,
            organizationId: item.organizationId,
            personId: contact.personId,
          });
          emails.push({
            template: 'round-proposal' as const,
            to: contactRecipient(contact),
            data: {
              personName: contact.name,
              organizationName: contact.organizationName,
              roundName: round.name,
              when: formatMeetingWhen(item.startAt!, item.endAt!, this.config.timeZone, contact.locale),
              mode: MODE_LABELS[contact.locale][item.mode],
              answerBy: formatLocalDate(answerByDate, contact.locale),
              proposalUrl: appLinks.roundProposal(this.config.http.publicUrl, token),
            },
            related: { type: 'round', id: round.id },
          });
        }
      }
      await this.repository.insertLinks(manager, links);
      await this.mail.queueMany(manager, emails);
      await this.audit.record(manager, {
        actorId: user.personId,
        action: 'round.propose',
        entityType: 'round',
        entityId: round.id,
        organizationId: round.regionId,
        after: {
          municipalities: proposed.length,
          emails: emails.length,
          answerDueAt: answerDueAt.toISOString(),
        },
      });
    });
    return this.views.findVisibleById(user, id);
  }
}
