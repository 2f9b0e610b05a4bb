import { Inject, Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { LinkAnswerLimit } from '../../common/rate-limit/link-answer-limit.js';
import { formatLocalDate, formatMeetingWhen } from '../../agenda/agenda-format.js';
import { AuditService } from '../../audit/audit.service.js';
import { TransactionService } from '../../common/database/transaction.service.js';
import { hashLinkToken } from '../../common/security/link-token.js';
import { appLinks } from '../../common/web/app-links.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { jobIdFor } from '../../jobs/job-map.js';
import { OutboxService } from '../../jobs/outbox.service.js';
import { MailService } from '../../mail/mail.service.js';
import type { Locale } from '../../person/person.entity.js';
import { PersonService } from '../../person/person.service.js';
import type { RoundProposalAnswerInput, RoundProposalPageView } from '../round.dto.js';
import { RoundErrorCode, RoundException } from '../round.exception.js';
import { RoundRepository } from '../round.repository.js';
import { RoundConsultationRepository } from './round-consultation.repository.js';

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

export type ProposalLookup =
  | { ok: true; view: RoundProposalPageView }
  | {
      ok: false;
      code: RoundErrorCode.ProposalLinkNotFound | RoundErrorCode.ProposalLinkClosed;
      locale: Locale;
    };

/**
 * Consult before binding (issue 17, point 4): a draft round is sent to the municipalities as a proposal (each
 * contact gets an email with the slot and a link to /round-proposal/:token); each municipality accepts it or
 * asks for another time (up to three alternatives, or a reason); the coordinator sees the answers on the round,
 * moves what needs moving (RoundSlotMove, the scheduler's checks) and confirms, which sends the
 * invitations. Unanswered after ROUND_CONSULTATION_WORKING_DAYS working days: accepted, and the coordinator who
 * sent it is told (jobs rounds/round.consultation-scan and round.consultation-expire).
 */
@Injectable()
export class RoundConsultations {
  constructor(
    private readonly repository: RoundConsultationRepository,
    private readonly rounds: RoundRepository,
    private readonly people: PersonService,
    private readonly mail: MailService,
    private readonly outbox: OutboxService,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
    private readonly answerLimit: LinkAnswerLimit,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** GET /round-proposal/:token: the proposal as the municipality sees it; changes nothing. */
  async lookUp(token: string): Promise<ProposalLookup> {
    const hash = hashLinkToken(token);
    const link = hash ? await this.repository.findLink(hash) : null;
    if (!link) return { ok: false, code: RoundErrorCode.ProposalLinkNotFound, locale: 'sv' };
    const record = await this.rounds.findById(link.roundId);
    const item = record?.items.find((candidate) => candidate.organizationId === link.organizationId);
    const [person] = link.personId ? await this.people.findByIds([link.personId]) : [];
    const locale: Locale = person?.locale ?? 'sv';
    if (!record || !item?.startAt || !item.endAt) {
      return { ok: false, code: RoundErrorCode.ProposalLinkClosed, locale };
    }
    const consultation = await this.repository.findConsultation(link.roundId);
    const answer = (await this.repository.findAnswers(link.roundId)).find(
      (candidate) => candidate.organizationId === link.organizationId,
    );
    const organizationName =
      record.round.input.municipalities.find((municipality) => municipality.id === link.organizationId)
        ?.name ?? '';
    const zone = this.config.timeZone;
    return {
      ok: true,
      view: {
        locale,
        state: record.round.status === 'draft' ? 'open' : 'closed',
        roundName: record.round.name,
        organizationName,
        personName: person?.name ?? organizationName,
        startAt: item.startAt.toISOString(),
        endAt: item.endAt.toISOString(),
        when: formatMeetingWhen(item.startAt, item.endAt, zone, locale),
        mode: item.mode,
        answerBy: consultation
          ? formatLocalDate(
              DateTime.fromJSDate(consultation.answerDueAt, { zone }).minus({ days: 1 }).toISODate()!,
              locale,
            )
          : '',
        answer: answer?.answer
          ? {
              state: answer.answer,
              byDefault: answer.byDefault,
              alternatives: answer.alternatives.map((alternative) =>
                formatMeetingWhen(
                  new Date(alternative),
                  new Date(new Date(alternative).getTime() + record.round.durationMinutes * 60_000),
                  zone,
                  locale,
                ),
              ),
              reason: answer.reason,
            }
          : null,
      },
    };
  }

  /**
   * POST /round-proposal/:token: the municipality's answer (again, until the round is confirmed; the latest
   * counts). ROUND_PROPOSAL_ANSWER_INVALID when asking for another time without an alternative or reason.
   * Limited per link and per client address like the RSVP links (LinkAnswerLimit: RateLimitedError, 429).
   */
  async answer(
    token: string,
    input: RoundProposalAnswerInput,
    address: string | undefined,
    now = new Date(),
  ): Promise<ProposalLookup> {
    await this.answerLimit.check(token, address);
    const hash = hashLinkToken(token);
    const link = hash ? await this.repository.findLink(hash) : null;
    if (!link) return { ok: false, code: RoundErrorCode.ProposalLinkNotFound, locale: 'sv' };
    const alternatives = this.alternativesOf(input, now);
    const closed = await this.transactions.run(async (manager) => {
      const record = await this.rounds.findByIdForUpdate(manager, link.roundId);
      if (!record || record.round.status !== 'draft') return true;
      await this.repository.saveAnswer(manager, link.roundId, link.organizationId, {
        answer: input.answer === 'accept' ? 'accepted' : 'other',
        alternatives,
        reason: input.reason ?? null,
        answeredBy: link.personId,
        answeredAt: now,
      });
      await this.audit.record(manager, {
        actorId: link.personId,
        action: 'round.proposal-answer',
        entityType: 'round',
        entityId: link.roundId,
        organizationId: link.organizationId,
        after: { answer: input.answer, alternatives: alternatives.length, reason: Boolean(input.reason) },
      });
      return false;
    });
    const lookup = await this.lookUp(token);
    if (closed && lookup.ok)
      return { ok: false, code: RoundErrorCode.ProposalLinkClosed, locale: lookup.view.locale };
    return lookup;
  }

  /** The scan: queues the expiry of each consultation whose answer time is over; answers how many. */
  async scan(now = new Date()): Promise<number> {
    const due = await this.repository.findDueRoundIds(now);
    for (const roundId of due) {
      await this.transactions.run((manager) =>
        this.outbox.enqueue(
          manager,
          'rounds',
          'round.consultation-expire',
          { roundId },
          { jobId: jobIdFor('round.consultation-expire', roundId) },
        ),
      );
    }
    return due.length;
  }

  /** The job's body: unanswered proposals count as accepted, and the coordinator who sent them is told. */
  async expire(roundId: string, now = new Date()): Promise<'done' | 'skipped'> {
    return this.transactions.run(async (manager) => {
      const record = await this.rounds.findByIdForUpdate(manager, roundId);
      const consultation = record ? await this.repository.lockConsultation(manager, roundId) : null;
      if (!record || !consultation || consultation.expiredAt || consultation.answerDueAt > now)
        return 'skipped';
      const accepted = await this.repository.acceptUnanswered(manager, roundId, now);
      if (record.round.status !== 'draft' || accepted.length === 0) return 'skipped';
      const names = new Map(
        record.round.input.municipalities.map((municipality) => [municipality.id, municipality.name]),
      );
      const asking = (await this.repository.findAnswers(roundId, manager))
        .filter((answer) => answer.answer === 'other')
        .map((answer) => names.get(answer.organizationId) ?? '');
      const coordinatorId = consultation.sentBy ?? record.round.createdBy;
      const [coordinator] = coordinatorId ? await this.people.findByIds([coordinatorId]) : [];
      if (coordinator) {
        const sorted = (list: string[]) => [...list].sort((a, b) => a.localeCompare(b, 'sv'));
        await this.mail.queue(manager, {
          template: 'round-consultation-expired',
          to: {
            address: coordinator.email,
            name: coordinator.name,
            personId: coordinator.id,
            locale: coordinator.locale,
          },
          data: {
            personName: coordinator.name,
            roundName: record.round.name,
            workingDays: String(this.config.rounds.consultationWorkingDays),
            acceptedByDefault: sorted(accepted.map((id) => names.get(id) ?? '')),
            askingForAnother: sorted(asking),
            roundUrl: appLinks.round(this.config.http.publicUrl, roundId),
          },
          related: { type: 'round', id: roundId },
        });
      }
      await this.audit.record(manager, {
        actorId: null,
        action: 'round.consultation-expire',
        entityType: 'round',
        entityId: roundId,
        organizationId: record.round.regionId,
        after: { acceptedByDefault: accepted },
      });
      return 'done';
    });
  }

  /** The alternatives as instants: local date-times in the business zone, ahead of now. */
  private alternativesOf(input: RoundProposalAnswerInput, now: Date): string[] {
    if (input.answer === 'accept') return [];
    const given = [input.alternative1, input.alternative2, input.alternative3].filter(
      (value): value is string => value !== undefined,
    );
    const instants = given.map((value) =>
      LOCAL_DATE_TIME.test(value) ? DateTime.fromISO(value, { zone: this.config.timeZone }) : null,
    );
    const invalid = given.filter(
      (_, index) => !instants[index]?.isValid || instants[index].toJSDate() <= now,
    );
    if (invalid.length > 0 || (given.length === 0 && !input.reason)) {
      throw new RoundException(
        RoundErrorCode.ProposalAnswerInvalid,
        'Give at least one other time (a local date and time ahead) or a reason',
        { invalid },
      );
    }
    return instants.map((instant) => instant!.toUTC().toISO()!);
  }
}
