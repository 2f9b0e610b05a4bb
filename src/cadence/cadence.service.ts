import { Inject, Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { AgreementService } from '../agreement/agreement.service.js';
import type { AuthenticatedUser } from '../common/auth/authenticated-user.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { toLocalDate } from '../meeting/meeting-time.js';
import { MeetingReads, type OrganizationMeetingTime } from '../meeting/reads/meeting-reads.js';
import type { OrganizationView } from '../organization/organization.dto.js';
import { OrganizationService } from '../organization/organization.service.js';
import { evaluateCadence } from './cadence-status.js';
import type { CadenceFilter, CadenceView } from './cadence.dto.js';

const PAGE = 200;

/**
 * Cadence compliance per municipality: last meeting held, next planned, the date the agreement makes the
 * next one due, and ok / due / overdue (cadence-status.ts).
 */
@Injectable()
export class CadenceService {
  constructor(
    private readonly organizations: OrganizationService,
    private readonly agreements: AgreementService,
    private readonly meetings: MeetingReads,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** One organization the caller may see (404 otherwise). */
  async findVisible(user: AuthenticatedUser, organizationId: string): Promise<CadenceView> {
    const organization = await this.organizations.findVisibleById(user, organizationId);
    return (await this.evaluate([organization]))[0];
  }

  /** Every municipality in the caller's scope, by SCB code. */
  async list(
    user: AuthenticatedUser,
    filter: CadenceFilter,
  ): Promise<{ today: string; items: CadenceView[] }> {
    const municipalities: OrganizationView[] = [];
    for (let offset = 0; ; offset += PAGE) {
      const page = await this.organizations.list(user, { kind: 'municipality', limit: PAGE, offset });
      municipalities.push(...page.items);
      if (offset + PAGE >= page.total) break;
    }
    const items = await this.evaluate(municipalities);
    return {
      today: this.today(),
      items: items.filter((item) => !filter.status || item.status === filter.status),
    };
  }

  /** Without access checks: for rounds, which checked the region already. */
  async findByOrganizations(organizations: readonly OrganizationView[]): Promise<Map<string, CadenceView>> {
    const views = await this.evaluate(organizations);
    return new Map(views.map((view) => [view.organizationId, view]));
  }

  private async evaluate(
    organizations: readonly OrganizationView[],
    now = new Date(),
  ): Promise<CadenceView[]> {
    const ids = organizations.map((organization) => organization.id);
    const [agreements, lastHeld, nextPlanned] = [
      await this.agreements.findCurrentByOrganizations(ids),
      await this.meetings.findLastHeld(ids, now),
      await this.meetings.findNextPlanned(ids, now),
    ];
    const today = this.today(now);
    return organizations.map((organization) => {
      const agreement = agreements.get(organization.id) ?? null;
      const held = lastHeld.get(organization.id) ?? null;
      const next = nextPlanned.get(organization.id) ?? null;
      const evaluation = evaluateCadence({
        agreement: agreement ? { cadence: agreement.cadence, validFrom: agreement.validFrom } : null,
        lastHeldDate: held ? toLocalDate(held.endAt, this.config.timeZone) : null,
        nextPlannedDate: next ? toLocalDate(next.startAt, this.config.timeZone) : null,
        today,
      });
      return {
        organizationId: organization.id,
        organizationName: organization.name,
        agreementVersion: agreement?.version ?? null,
        cadence: agreement?.cadence ?? null,
        lastHeld: held ? this.meetingRef(held, held.endAt) : null,
        nextPlanned: next ? this.meetingRef(next, next.startAt) : null,
        ...evaluation,
      };
    });
  }

  private meetingRef(meeting: OrganizationMeetingTime, dated: Date): NonNullable<CadenceView['lastHeld']> {
    return {
      meetingId: meeting.meetingId,
      startAt: meeting.startAt.toISOString(),
      endAt: meeting.endAt.toISOString(),
      date: toLocalDate(dated, this.config.timeZone),
    };
  }

  private today(now = new Date()): string {
    return DateTime.fromJSDate(now, { zone: this.config.timeZone }).toISODate()!;
  }
}
