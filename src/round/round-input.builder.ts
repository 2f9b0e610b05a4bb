import { Inject, Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { type AgreementView } from '../agreement/agreement.dto.js';
import { AgreementService } from '../agreement/agreement.service.js';
import { CadenceService } from '../cadence/cadence.service.js';
import type { AuthenticatedUser } from '../common/auth/authenticated-user.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { MeetingMode } from '../meeting/meeting.entity.js';
import { MeetingReads } from '../meeting/reads/meeting-reads.js';
import type { OrganizationView } from '../organization/organization.dto.js';
import { OrganizationService } from '../organization/organization.service.js';
import { PersonService } from '../person/person.service.js';
import type { RoundConstraints } from './round.entity.js';
import { RoundErrorCode, RoundException } from './round.exception.js';
import {
  type BusyInterval,
  DEFAULT_SCHEDULER_CONFIG,
  type GeoPoint,
  type MunicipalityToPlace,
  type SchedulerInput,
  legMinutes,
  resolveSchedulerConfig,
} from './scheduler/index.js';

const PAGE = 200;
const MINUTE = 60_000;

export interface RoundRequest {
  regionId: string;
  window: { from: string; to: string };
  organizationIds?: string[];
  onlyDue: boolean;
  durationMinutes: number;
  mode?: MeetingMode;
  regionalTeam: string[];
  constraints: RoundConstraints;
}

export interface BuiltRound {
  input: SchedulerInput;
  /** The municipalities of the round, in input order. */
  municipalities: OrganizationView[];
  /** Cadence due date per municipality (null without an agreement). */
  dueDates: Map<string, string | null>;
}

/**
 * Builds the scheduler's input from the database: the region's office (its seat), each municipality's seat,
 * its agreement (mode, default participants, blocked dates, preferred weekdays), the end of its last
 * meeting (minimum gap), and every existing meeting of the people involved as busy time.
 */
@Injectable()
export class RoundInputBuilder {
  constructor(
    private readonly organizations: OrganizationService,
    private readonly agreements: AgreementService,
    private readonly people: PersonService,
    private readonly meetings: MeetingReads,
    private readonly cadence: CadenceService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async build(user: AuthenticatedUser, request: RoundRequest): Promise<BuiltRound> {
    const region = await this.organizations.findById(request.regionId);
    const office = seatOf(region) ?? DEFAULT_SCHEDULER_CONFIG.office;
    const all = await this.municipalitiesOf(user, request.regionId);
    const agreements = await this.agreements.findCurrentByOrganizations(all.map((org) => org.id));

    let selected: OrganizationView[];
    if (request.organizationIds) {
      const byId = new Map(all.map((org) => [org.id, org]));
      const bad = request.organizationIds.filter((id) => !byId.has(id));
      if (bad.length > 0) {
        throw new RoundException(
          RoundErrorCode.InvalidOrganization,
          'Organizations must be municipalities of your region',
          { organizationIds: bad },
        );
      }
      selected = request.organizationIds.map((id) => byId.get(id)!);
    } else {
      selected = all.filter((org) => agreements.has(org.id));
    }
    const cadence = await this.cadence.findByOrganizations(selected);
    if (!request.organizationIds && request.onlyDue) {
      selected = selected.filter((org) => {
        const due = cadence.get(org.id)?.dueDate;
        return due !== null && due !== undefined && due <= request.window.to;
      });
    }
    if (selected.length === 0) {
      throw new RoundException(
        RoundErrorCode.NoMunicipalities,
        request.organizationIds || !request.onlyDue
          ? 'No municipality of the region has an agreement: name the municipalities'
          : 'No municipality is due for a meeting by the end of the window',
      );
    }

    await this.assertTeam(request.regionId, request.regionalTeam);
    const defaults = await this.existingDefaults(selected, agreements, request.regionalTeam);
    const windowEnd = localMidnight(request.window.to, this.config.timeZone, 1);
    const lastMeetings = await this.meetings.findLatestStartingBefore(
      selected.map((org) => org.id),
      windowEnd,
    );

    const municipalities = selected.map((org): MunicipalityToPlace => {
      const agreement = agreements.get(org.id);
      const mode = request.mode ?? agreement?.preferredMode ?? 'digital';
      const seat = seatOf(org);
      if (!seat && mode !== 'digital') {
        throw new RoundException(
          RoundErrorCode.InvalidOrganization,
          `${org.name} has no seat coordinates; an on-site or hybrid meeting needs them`,
          { organizationIds: [org.id] },
        );
      }
      const last = lastMeetings.get(org.id);
      return {
        id: org.id,
        name: org.name,
        // A digital meeting needs no travel: without coordinates the office stands in.
        seat: seat ?? office,
        mode,
        participants: defaults.get(org.id) ?? [],
        blockedDates: agreement ? blockedDatesIn(agreement, request.window) : [],
        lastMeetingEnd: last ? last.endAt.toISOString() : null,
        preferredWeekdays: agreement?.preferredWeekdays ?? [],
      };
    });

    const input: SchedulerInput = {
      window: { firstDate: request.window.from, lastDate: request.window.to },
      durationMinutes: request.durationMinutes,
      municipalities,
      regionalTeam: request.regionalTeam,
      busy: [],
      config: { ...request.constraints, timeZone: this.config.timeZone, office },
    };
    return {
      input: { ...input, busy: await this.busyFor(input) },
      municipalities: selected,
      dueDates: new Map(selected.map((org) => [org.id, cadence.get(org.id)?.dueDate ?? null])),
    };
  }

  /**
   * Busy time of everyone in the input from the meetings as they are now (not cancelled). For on-site and
   * hybrid meetings with one municipality the regional team's busy time includes the trip there and back.
   * Meetings with a team member count toward the team's daily limit.
   */
  async busyFor(input: SchedulerInput): Promise<BusyInterval[]> {
    const config = resolveSchedulerConfig(input.config);
    const team = new Set(input.regionalTeam);
    const personIds = [
      ...new Set([...input.regionalTeam, ...input.municipalities.flatMap((m) => m.participants ?? [])]),
    ];
    // A day either side: an existing trip that starts the evening before cannot matter, but costs nothing.
    const from = localMidnight(input.window.firstDate, config.timeZone, -1);
    const to = localMidnight(input.window.lastDate, config.timeZone, 2);
    const busy = await this.meetings.findBusy(personIds, from, to);
    const seats = new Map(
      (
        await this.organizations.findByIds([...new Set(busy.flatMap((meeting) => meeting.organizationIds))])
      ).map((org) => [org.id, seatOf(org)]),
    );
    const intervals: BusyInterval[] = [];
    for (const meeting of busy) {
      const label = `meeting ${meeting.meetingId}`;
      const teamIds = meeting.personIds.filter((id) => team.has(id));
      const others = meeting.personIds.filter((id) => !team.has(id));
      const seat = meeting.organizationIds.length === 1 ? seats.get(meeting.organizationIds[0]) : null;
      const travel = meeting.mode !== 'digital' && seat ? legMinutes(config.office, seat, config) : 0;
      if (teamIds.length > 0) {
        intervals.push({
          personIds: teamIds,
          start: new Date(meeting.startAt.getTime() - travel * MINUTE).toISOString(),
          end: new Date(meeting.endAt.getTime() + travel * MINUTE).toISOString(),
          label,
          countsTowardDailyLimit: true,
        });
      }
      if (others.length > 0) {
        intervals.push({
          personIds: others,
          start: meeting.startAt.toISOString(),
          end: meeting.endAt.toISOString(),
          label,
        });
      }
    }
    return intervals;
  }

  private async municipalitiesOf(user: AuthenticatedUser, regionId: string): Promise<OrganizationView[]> {
    const municipalities: OrganizationView[] = [];
    for (let offset = 0; ; offset += PAGE) {
      const page = await this.organizations.list(user, {
        kind: 'municipality',
        parentId: regionId,
        limit: PAGE,
        offset,
      });
      municipalities.push(...page.items);
      if (offset + PAGE >= page.total) return municipalities;
    }
  }

  /** The regional team: people (not deleted) of the region itself. Unknown and foreign get the same answer. */
  private async assertTeam(regionId: string, team: readonly string[]): Promise<void> {
    const found = new Map((await this.people.findByIds(team)).map((person) => [person.id, person]));
    const bad = team.filter((id) => found.get(id)?.organizationId !== regionId);
    if (bad.length > 0) {
      throw new RoundException(RoundErrorCode.InvalidPerson, 'The regional team are people of the region', {
        personIds: bad,
      });
    }
  }

  /** Each agreement's default participants who still exist, without the regional team (already at every meeting). */
  private async existingDefaults(
    municipalities: readonly OrganizationView[],
    agreements: ReadonlyMap<string, AgreementView>,
    team: readonly string[],
  ): Promise<Map<string, string[]>> {
    const wanted = municipalities.flatMap((org) => agreements.get(org.id)?.defaultParticipantIds ?? []);
    const existing = new Set((await this.people.findByIds(wanted)).map((person) => person.id));
    const teamSet = new Set(team);
    return new Map(
      municipalities.map((org) => [
        org.id,
        (agreements.get(org.id)?.defaultParticipantIds ?? []).filter(
          (id) => existing.has(id) && !teamSet.has(id),
        ),
      ]),
    );
  }
}

function seatOf(organization: OrganizationView | null): GeoPoint | null {
  const seat = organization?.seat;
  return seat && seat.lat !== null && seat.lon !== null ? { lat: seat.lat, lon: seat.lon } : null;
}

/** Local midnight `plusDays` after the date, as an instant. */
function localMidnight(date: string, zone: string, plusDays = 0): Date {
  return DateTime.fromISO(date, { zone }).startOf('day').plus({ days: plusDays }).toJSDate();
}

/** The agreement's blocked dates that fall inside the window, one by one. */
function blockedDatesIn(agreement: AgreementView, window: { from: string; to: string }): string[] {
  const dates = new Set<string>();
  for (const range of agreement.blockedDates) {
    const first = range.from > window.from ? range.from : window.from;
    const last = range.to < window.to ? range.to : window.to;
    for (
      let day = DateTime.fromISO(first, { zone: 'UTC' });
      day.toISODate()! <= last;
      day = day.plus({ days: 1 })
    ) {
      dates.add(day.toISODate()!);
    }
  }
  return [...dates].sort();
}
