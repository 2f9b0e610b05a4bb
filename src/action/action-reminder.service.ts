import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../common/auth/authenticated-user.js';
import { TransactionService } from '../common/database/transaction.service.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { JobResult } from '../jobs/job-handler.decorator.js';
import { type JobPayload, jobIdFor } from '../jobs/job-map.js';
import { JobProducer, type PlacedJob } from '../jobs/job-producer.js';
import { OutboxService } from '../jobs/outbox.service.js';
import { MailService } from '../mail/mail.service.js';
import { OrganizationService } from '../organization/organization.service.js';
import type { PersonView } from '../person/person.dto.js';
import { PersonService } from '../person/person.service.js';
import { ActionClock } from './action-clock.js';
import { groupOverdueActions } from './action-digest.js';
import { daysUntil, isoWeekOf, localToday, planReminders } from './action-schedule.js';
import { type ActionEntity, isOpenStatus } from './action.entity.js';
import { ActionRepository, type DigestScope } from './action.repository.js';
import { appLinks } from '../common/web/app-links.js';

type RemindPayload = JobPayload<'actions', 'action.remind'>;
type DigestPayload = JobPayload<'actions', 'action.digest-send'>;

/** How the worker reads people lists: as the system, over every organization. */
const SYSTEM_READER: AuthenticatedUser = {
  personId: '00000000-0000-0000-0000-000000000000',
  organizationId: '00000000-0000-0000-0000-000000000000',
  organizationKind: 'region',
  regionId: '00000000-0000-0000-0000-000000000000',
  roles: ['admin'],
  locale: 'sv',
};

/**
 * Reminders before and on an action's due date, and the weekly digest of overdue actions.
 *
 * Exactly once, however many workers run: reminder jobs have deterministic ids (action, kind, due date,
 * action version) and are written to the outbox in the transaction that sets the due date; the handler
 * locks the action, re-checks that it is still open and still due on that date, then inserts a sent-marker
 * (unique per action, kind and due date) and queues the email in one transaction. A moved due date leaves
 * the old jobs to find a different date and skip; closing the action makes them skip. Digests work the same
 * way with a marker per (recipient, kind, ISO week).
 */
@Injectable()
export class ActionReminderService {
  private readonly logger = new Logger(ActionReminderService.name);

  constructor(
    private readonly repository: ActionRepository,
    private readonly outbox: OutboxService,
    private readonly producer: JobProducer,
    private readonly mail: MailService,
    private readonly people: PersonService,
    private readonly organizations: OrganizationService,
    private readonly transactions: TransactionService,
    private readonly clock: ActionClock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** In the caller's transaction: the reminder jobs the action's current due date calls for. */
  async schedule(manager: EntityManager, action: ActionEntity): Promise<void> {
    if (!isOpenStatus(action.status)) return;
    const planned = planReminders(action.dueDate, this.clock.now(), {
      daysBefore: this.config.actions.reminderDaysBefore,
      hour: this.config.actions.reminderHour,
      timeZone: this.config.timeZone,
    });
    for (const reminder of planned) {
      await this.outbox.enqueue(
        manager,
        'actions',
        'action.remind',
        { actionId: action.id, kind: reminder.kind, dueDate: action.dueDate },
        {
          jobId: jobIdFor('action.remind', action.id, reminder.kind, action.dueDate, `v${action.version}`),
          runAt: reminder.runAt,
        },
      );
    }
  }

  /** Job action.remind. */
  remind(payload: RemindPayload): Promise<JobResult> {
    return this.transactions.run(async (manager): Promise<JobResult> => {
      const action = await this.repository.findByIdForUpdate(manager, payload.actionId);
      if (!action || !isOpenStatus(action.status) || action.dueDate !== payload.dueDate) return 'skipped';
      const today = localToday(this.clock.now(), this.config.timeZone);
      // A job that ran late (worker down) after its due date has passed leaves it to the digest.
      if (action.dueDate < today) return 'skipped';
      const [owner] = await this.people.findByIds([action.ownerPersonId]);
      if (!owner) return 'skipped';
      const markerId = await this.repository.claimReminder(manager, action.id, payload.kind, action.dueDate);
      if (!markerId) return 'skipped';
      const organization = await this.organizations.findById(action.ownerOrganizationId);
      const daysLeft = daysUntil(action.dueDate, today);
      const { emailId } = await this.mail.queue(manager, {
        template: 'action-reminder',
        to: { address: owner.email, name: owner.name, personId: owner.id, locale: owner.locale },
        data: {
          personName: owner.name,
          actionTitle: action.title,
          actionDescription: action.description ?? '',
          organizationName: organization?.name ?? '',
          dueDate: action.dueDate,
          daysLeft: String(daysLeft),
          dueToday: daysLeft === 0,
          appUrl: appLinks.action(this.config.http.publicUrl, action.id),
        },
        related: { type: 'action', id: action.id },
      });
      await this.repository.setReminderEmail(manager, markerId, emailId);
      return 'done';
    });
  }

  /**
   * Weekly tick: one digest job per owner of an overdue action, and per coordinator of a region with
   * overdue actions. Job ids carry the ISO week, so a second tick in the same week (another
   * worker, a retry) adds nothing. Returns how many jobs were offered.
   */
  async scanDigests(): Promise<number> {
    const now = this.clock.now();
    const today = localToday(now, this.config.timeZone);
    const week = isoWeekOf(now, this.config.timeZone);
    const parties = await this.repository.findOverdueParties(today);
    const coordinators = await this.coordinatorsOf(parties.regionIds);
    const jobs: PlacedJob[] = [
      ...parties.ownerIds.map((recipientId) => digestJob(recipientId, 'owner', week)),
      ...coordinators.map((person) => digestJob(person.id, 'coordinator', week)),
    ];
    if (jobs.length > 0) await this.producer.addMany(jobs);
    return jobs.length;
  }

  /** Job action.digest-send. */
  async sendDigest(payload: DigestPayload): Promise<JobResult> {
    const now = this.clock.now();
    // A job from an earlier week (a worker was down) is stale: that week's digest is no longer news.
    if (payload.week !== isoWeekOf(now, this.config.timeZone)) return 'skipped';
    const [recipient] = await this.people.findByIds([payload.recipientId]);
    if (!recipient) return 'skipped';
    const scope = await this.digestScope(recipient, payload.kind);
    if (!scope) return 'skipped';
    const today = localToday(now, this.config.timeZone);
    return this.transactions.run(async (manager): Promise<JobResult> => {
      const actions = await this.repository.findOverdue(scope, today);
      if (actions.length === 0) return 'skipped';
      const markerId = await this.repository.claimDigest(
        manager,
        recipient.id,
        payload.kind,
        payload.week,
        actions.length,
      );
      if (!markerId) return 'skipped';
      const [organizations, owners] = await Promise.all([
        this.organizations.findByIds([...new Set(actions.map((action) => action.ownerOrganizationId))]),
        this.people.findByIds([...new Set(actions.map((action) => action.ownerPersonId))]),
      ]);
      const groups = groupOverdueActions(
        actions,
        {
          organizations: new Map(organizations.map((organization) => [organization.id, organization.name])),
          people: new Map(owners.map((person) => [person.id, person.name])),
        },
        today,
      );
      const { emailId } = await this.mail.queue(manager, {
        template: 'action-digest',
        to: {
          address: recipient.email,
          name: recipient.name,
          personId: recipient.id,
          locale: recipient.locale,
        },
        data: {
          personName: recipient.name,
          week: payload.week,
          total: String(actions.length),
          coordinator: payload.kind === 'coordinator',
          groups,
          // The owner's own overdue actions; a coordinator's list is their whole region's.
          appUrl: appLinks.overdueActions(
            this.config.http.publicUrl,
            payload.kind === 'owner' ? recipient.id : undefined,
          ),
        },
        related: { type: 'action-digest', id: markerId },
      });
      await this.repository.setDigestEmail(manager, markerId, emailId);
      return 'done';
    });
  }

  /** Coordinators are people of a region (person policy); theirs is the whole region's list. */
  private async digestScope(person: PersonView, kind: DigestPayload['kind']): Promise<DigestScope | null> {
    if (kind === 'owner') return { kind: 'owner', personId: person.id };
    if (!person.roles.includes('coordinator')) return null;
    const organization = await this.organizations.findById(person.organizationId);
    return organization?.kind === 'region' ? { kind: 'region', regionId: organization.id } : null;
  }

  private async coordinatorsOf(organizationIds: readonly string[]): Promise<PersonView[]> {
    const found: PersonView[] = [];
    for (const organizationId of new Set(organizationIds)) {
      for (let offset = 0; ; offset += 200) {
        const page = await this.people.list(SYSTEM_READER, {
          organizationId,
          role: 'coordinator',
          limit: 200,
          offset,
        });
        found.push(...page.items);
        if (offset + 200 >= page.total) break;
      }
    }
    if (found.length > 0) this.logger.debug(`Digest for ${found.length} coordinator(s)`);
    return found;
  }
}

function digestJob(recipientId: string, kind: DigestPayload['kind'], week: string): PlacedJob {
  return {
    queue: 'actions',
    name: 'action.digest-send',
    payload: { recipientId, kind, week },
    jobId: jobIdFor('action.digest-send', kind, recipientId, week),
  };
}
