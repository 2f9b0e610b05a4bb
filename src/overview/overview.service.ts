import { setImmediate as nextTurn } from 'node:timers/promises';
import { promisify } from 'node:util';
import { constants, gzip } from 'node:zlib';
import { Inject, Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import type { ExpectationMetric, Party } from '../agreement/agreement.entity.js';
import { type CadenceStatus, evaluateCadence } from '../cadence/cadence-status.js';
import { type AuthenticatedUser, hasRole } from '../common/auth/authenticated-user.js';
import { DomainError, ForbiddenError } from '../common/errors/domain-error.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { OrganizationService } from '../organization/organization.service.js';
import { type PartyFacts, expectationSignal } from './expectation-metrics.js';
import { FreshRead, VersionedCache } from './overview-cache.js';
import { type CsvCell, toCsv } from './overview-csv.js';
import type {
  CountyOverview,
  CountyOverviewFilter,
  ExpectationView,
  MunicipalityOverview,
  OrganizationOverviewDetail,
  RegionOverview,
} from './overview.dto.js';
import { OverviewException } from './overview.exception.js';
import {
  type OverviewArea,
  type OverviewClock,
  type OverviewCoverageCount,
  type OverviewFigures,
  type OverviewMeetingRefs,
  OverviewRepository,
  type OverviewRow,
  type OverviewScope,
} from './overview.repository.js';

const gzipAsync = promisify(gzip);

/** On the thread pool, at the fastest level: JSON shrinks about tenfold anyway. */
function compress(json: Buffer): Promise<Buffer> {
  return gzipAsync(json, { level: constants.Z_BEST_SPEED });
}

/** The county overview as sent: JSON in UTF-8, or the same gzipped. */
export interface CountyOverviewBody {
  json: Buffer;
  gzip: () => Promise<Buffer>;
}

/**
 * One region's figures, computed in one snapshot: its municipalities, its own row and its totals. A county
 * overview is one of these (a coordinator) or several merged (an admin).
 */
interface RegionPart {
  regionId: string;
  computedAt: string;
  region: RegionOverview | null;
  municipalities: MunicipalityOverview[];
  totals: Omit<CountyOverview['totals'], 'municipalities' | 'cadence'>;
  strategyAreas: CountyOverview['strategyAreas'];
  /** Serialized and encoded once per county answer made of exactly these parts. */
  payload?: CountyPayload;
}

interface CountyPayload {
  overview: CountyOverview;
  json: Buffer;
  gzip?: Promise<Buffer>;
}

/**
 * Municipalities turned into overview entries per turn of the event loop: a county of 290 takes tens of
 * milliseconds (cadence dates), which would otherwise hold up every request waiting meanwhile.
 */
const MUNICIPALITIES_PER_TURN = 25;

/** How far back coverage, lead times and on-time rates look. */
export const OVERVIEW_WINDOW_MONTHS = 12;

const CADENCE_LABELS: Record<CadenceStatus, string> = {
  ok: 'i takt',
  due: 'dags att boka',
  overdue: 'försenad',
  no_agreement: 'ingen överenskommelse',
};

/**
 * The county overview for the region and each municipality's own view. Figures come from the read-model
 * statements (OverviewRepository), one region at a time; cadence status is judged by the cadence feature's
 * own rule (evaluateCadence), on the same facts CadenceService uses: last held, next planned, current
 * agreement.
 *
 * Read your writes (issue 11): every request first reads the regions' change counters (a read that
 * started after the request came, shared by concurrent requests: FreshRead), and a region's figures are
 * served from memory only while its counter, the local date and its next meeting's end are as they were
 * when the figures were read. The counters are bumped by the writing transactions themselves (database
 * triggers), so this holds across API processes and for writes of workers.
 */
@Injectable()
export class OverviewService {
  constructor(
    private readonly repository: OverviewRepository,
    private readonly organizations: OrganizationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.versions = new FreshRead(() => this.repository.readVersions());
  }

  private readonly versions: FreshRead<Map<string, bigint>>;
  private readonly parts = new VersionedCache<RegionPart>();
  /** The last merged answer of several regions (an admin's), reused while its parts are the same. */
  private merged?: { parts: RegionPart[]; payload: CountyPayload };

  /** Coordinators of a region see its municipalities; admins every region, or `regionId`. */
  async county(
    user: AuthenticatedUser,
    filter: Pick<CountyOverviewFilter, 'regionId'>,
  ): Promise<CountyOverview> {
    return (await this.countyPayload(this.countyScope(user, filter.regionId))).overview;
  }

  /**
   * The same, serialized and encoded once per computation: a county of 290 municipalities is half a
   * megabyte of JSON, and serializing or encoding it for every request would cost more than serving it.
   */
  async countyJson(
    user: AuthenticatedUser,
    filter: Pick<CountyOverviewFilter, 'regionId'>,
  ): Promise<CountyOverviewBody> {
    const payload = await this.countyPayload(this.countyScope(user, filter.regionId));
    return { json: payload.json, gzip: () => (payload.gzip ??= compress(payload.json)) };
  }

  private async countyPayload(scope: OverviewScope): Promise<CountyPayload> {
    const clock = this.clock();
    const versions = await this.versions.get();
    const regionIds = scope.regionId ? [scope.regionId] : [...versions.keys()].sort();
    const parts = await Promise.all(
      regionIds.map((regionId) => this.part(regionId, versions.get(regionId) ?? 0n, clock)),
    );
    if (parts.length === 1) return (parts[0].payload ??= payloadOf(merge(parts, clock)));
    const merged = this.merged;
    if (
      merged &&
      merged.parts.length === parts.length &&
      merged.parts.every((part, i) => part === parts[i])
    ) {
      return merged.payload;
    }
    const payload = payloadOf(merge(parts, clock));
    this.merged = { parts, payload };
    return payload;
  }

  private part(regionId: string, version: bigint, clock: OverviewClock): Promise<RegionPart> {
    return this.parts.get(regionId, { version, today: clock.today, now: clock.now.getTime() }, async () => {
      const read = await this.repository.readRegion(regionId, clock, OVERVIEW_WINDOW_MONTHS);
      return {
        value: await this.toPart(regionId, read, clock),
        version: read.version,
        validUntil: read.region?.validUntil ? Date.parse(read.region.validUntil) : null,
      };
    });
  }

  private async toPart(
    regionId: string,
    read: Awaited<ReturnType<OverviewRepository['readRegion']>>,
    clock: OverviewClock,
  ): Promise<RegionPart> {
    const areas = read.areas;
    const municipalities: MunicipalityOverview[] = [];
    for (const [index, row] of read.rows.entries()) {
      if (index > 0 && index % MUNICIPALITIES_PER_TURN === 0) await nextTurn();
      municipalities.push(this.toMunicipality(row, areas, clock));
    }
    const own = read.region;
    const region: RegionOverview | null = own
      ? {
          kind: 'region',
          ...figuresOf(own.id, own.name, own.code, own, areas),
          questions: {
            open: own.questionsOpen,
            byOwningParty:
              own.questionsOpen === 0
                ? []
                : [
                    {
                      kind: 'organization',
                      organizationId: own.id,
                      name: own.name,
                      count: own.questionsOpen,
                    },
                  ],
          },
          expectations: municipalities.flatMap((m) => m.expectations.filter((e) => e.party === 'region')),
        }
      : null;
    return {
      regionId,
      computedAt: clock.now.toISOString(),
      region,
      municipalities,
      totals: {
        actionsOpen: own?.totals.actionsOpen ?? 0,
        actionsOverdue: own?.totals.actionsOverdue ?? 0,
        minutesAwaitingApproval: own?.totals.minutesAwaitingApproval ?? 0,
        questionsOpen: own?.totals.questionsOpen ?? 0,
      },
      strategyAreas: coverageOf(areas, own?.totals.coverage ?? []).map((area, i) => ({
        ...area,
        regionId: areas[i].regionId,
      })),
    };
  }

  /** The county overview as a CSV file for Swedish Excel (overview-csv.ts); the region's row first. */
  async countyCsv(user: AuthenticatedUser, filter: Pick<CountyOverviewFilter, 'regionId'>): Promise<string> {
    const overview = await this.county(user, filter);
    const areas = overview.strategyAreas;
    const header = [
      'Organisation',
      'Typ',
      'Kod',
      'Senaste möte',
      'Nästa möte',
      'Kadens',
      'Nästa möte senast',
      'Öppna åtgärder',
      'Försenade åtgärder',
      'Åtgärder klara i tid (12 mån)',
      'Protokoll att justera',
      'Median justeringstid (dagar)',
      'Protokoll justerade i tid (12 mån)',
      'Öppna frågor',
      'Öppna frågor per ägare',
      'Förväntningar: regionen',
      'Förväntningar: kommunen',
      ...areas.map((area) => `RUS: ${area.name}`),
      'Beräknad',
    ];
    const signals = (row: RegionOverview | MunicipalityOverview, party: Party) =>
      row.expectations
        .filter((expectation) => expectation.party === party)
        .map((expectation) => `${expectation.text}: ${signalText(expectation)}`)
        .join(' | ');
    const rows: CsvCell[][] = [...overview.regions, ...overview.municipalities].map((m) => {
      const coverage = new Map(m.strategyAreas.map((area) => [area.id, area]));
      const cadence = m.kind === 'municipality' ? m.cadence : null;
      return [
        m.name,
        m.kind === 'region' ? 'region' : 'kommun',
        m.code,
        m.lastMeeting?.date ?? null,
        m.nextMeeting?.date ?? null,
        cadence ? CADENCE_LABELS[cadence.status] : null,
        cadence?.dueDate ?? null,
        m.actions.open,
        m.actions.overdue,
        m.actions.dueInWindow === 0 ? null : `${m.actions.doneOnTime} av ${m.actions.dueInWindow}`,
        m.minutes.awaitingApproval,
        m.minutes.medianApprovalDays === null ? null : Math.round(m.minutes.medianApprovalDays * 10) / 10,
        m.minutes.approvedInWindow === 0
          ? null
          : `${m.minutes.approvedWithinDeadline} av ${m.minutes.approvedInWindow}`,
        m.questions.open,
        m.questions.byOwningParty.map((party) => `${party.name}: ${party.count}`).join(', '),
        signals(m, 'region'),
        m.kind === 'municipality' ? signals(m, 'municipality') : null,
        ...areas.map((area) => {
          const counted = coverage.get(area.id);
          return counted ? counted.agendaItems + counted.actions + counted.questions : 0;
        }),
        overview.computedAt,
      ];
    });
    return toCsv(header, rows);
  }

  /**
   * One organization's own view. A municipality's: its figures, its agreement's expectations with a
   * measured signal beside each; its people see only their own, the region its municipalities. The
   * region's: its own commitments, for the region's people with a coordinator role and admins. Others 404.
   */
  async forOrganization(
    user: AuthenticatedUser,
    organizationId: string,
  ): Promise<OrganizationOverviewDetail> {
    const organization = await this.organizations
      .findVisibleById(user, organizationId)
      .catch((error: unknown) => {
        if (error instanceof DomainError && error.kind === 'not_found') throw OverviewException.notFound();
        throw error;
      });
    const regionId = organization.kind === 'region' ? organization.id : organization.parentId;
    if (!regionId) throw OverviewException.notFound();
    if (
      organization.kind === 'region' &&
      !hasRole(user, 'admin') &&
      !(user.organizationId === organization.id && hasRole(user, 'coordinator'))
    ) {
      throw OverviewException.notFound();
    }
    const clock = this.clock();
    const versions = await this.versions.get();
    const part = await this.part(regionId, versions.get(regionId) ?? 0n, clock);
    const row =
      organization.kind === 'region'
        ? part.region
        : part.municipalities.find((municipality) => municipality.organizationId === organization.id);
    if (!row) throw OverviewException.notFound();
    return {
      ...row,
      computedAt: part.computedAt,
      today: clock.today,
      window: { from: clock.windowStart, to: clock.today },
    };
  }

  private countyScope(user: AuthenticatedUser, regionId: string | undefined): OverviewScope {
    if (hasRole(user, 'admin')) return { regionId: regionId ?? null };
    if (user.organizationKind !== 'region' || !hasRole(user, 'coordinator')) {
      throw new ForbiddenError('The county overview is for the region’s coordinators');
    }
    return { regionId: user.organizationId };
  }

  private clock(now = new Date()): OverviewClock {
    // The local date can only change at a local midnight, which is a whole UTC minute in every time zone
    // in use (offsets are whole minutes): the dates are worked out once a minute, not per request.
    const minute = Math.floor(now.getTime() / 60_000);
    if (this.clockDates?.minute !== minute) {
      const local = DateTime.fromJSDate(now, { zone: this.config.timeZone });
      this.clockDates = {
        minute,
        today: local.toISODate()!,
        windowStart: local.minus({ months: OVERVIEW_WINDOW_MONTHS }).toISODate()!,
      };
    }
    const { today, windowStart } = this.clockDates;
    return { now, today, windowStart, timeZone: this.config.timeZone };
  }

  private clockDates?: { minute: number; today: string; windowStart: string };

  private toMunicipality(
    row: OverviewRow,
    areas: readonly OverviewArea[],
    clock: OverviewClock,
  ): MunicipalityOverview {
    const cadence = evaluateCadence({
      agreement: row.agreement
        ? { cadence: row.agreement.cadence, validFrom: row.agreement.validFrom }
        : null,
      lastHeldDate: row.lastHeld?.date ?? null,
      nextPlannedDate: row.nextPlanned?.date ?? null,
      today: clock.today,
    });
    const ownedBy = (organizationId: string) =>
      row.questionsByParty.find((party) => party.organizationId === organizationId)?.count ?? 0;
    const parties: Record<Party, PartyFacts> = {
      municipality: {
        actionsDue: row.actionsDueInWindow,
        actionsDoneOnTime: row.actionsDoneOnTime,
        actionsOverdue: row.actionsOverdue,
        questionsOpen: ownedBy(row.id),
      },
      region: {
        actionsDue: row.regionActions.dueInWindow,
        actionsDoneOnTime: row.regionActions.doneOnTime,
        actionsOverdue: row.regionActions.overdue,
        questionsOpen: ownedBy(row.regionId),
      },
    };
    const expectations: ExpectationView[] = (row.agreement?.expectations ?? []).map((expectation) => {
      const party = expectation.party as Party;
      const metric = (expectation.metric ?? 'not_measured') as ExpectationMetric;
      return {
        organizationId: row.id,
        party,
        text: expectation.text,
        metric,
        signal: expectationSignal(metric, {
          minutesApproved: row.minutesApprovedInWindow,
          minutesApprovedWithinDeadline: row.minutesApprovedWithinDeadline,
          meetingsHeld: row.meetingsHeldInWindow,
          cadenceStatus: cadence.status,
          party: parties[party],
        }),
      };
    });
    return {
      kind: 'municipality',
      ...figuresOf(row.id, row.name, row.code, row, areas),
      regionId: row.regionId,
      questions: { open: row.questionsOpen, byOwningParty: row.questionsByParty },
      cadence: {
        status: cadence.status,
        cadence: row.agreement?.cadence ?? null,
        agreementVersion: row.agreement?.version ?? null,
        dueDate: cadence.dueDate,
        daysUntilDue: cadence.daysUntilDue,
      },
      expectations,
    };
  }
}

/** What a municipality's and the region's rows share, from their figures as read. */
function figuresOf(
  organizationId: string,
  name: string,
  code: string,
  figures: OverviewFigures & OverviewMeetingRefs,
  areas: readonly OverviewArea[],
): Omit<RegionOverview, 'kind' | 'questions' | 'expectations'> {
  return {
    organizationId,
    name,
    code,
    lastMeeting: figures.lastHeld
      ? {
          meetingId: figures.lastHeld.id,
          startAt: figures.lastHeld.startAt,
          endAt: figures.lastHeld.endAt,
          date: figures.lastHeld.date,
        }
      : null,
    nextMeeting: figures.nextPlanned
      ? {
          meetingId: figures.nextPlanned.id,
          startAt: figures.nextPlanned.startAt,
          endAt: figures.nextPlanned.endAt,
          date: figures.nextPlanned.date,
          status: figures.nextPlanned.status,
        }
      : null,
    actions: {
      open: figures.actionsOpen,
      overdue: figures.actionsOverdue,
      dueInWindow: figures.actionsDueInWindow,
      doneOnTime: figures.actionsDoneOnTime,
    },
    minutes: {
      awaitingApproval: figures.minutesAwaitingApproval,
      approvedInWindow: figures.minutesApprovedInWindow,
      approvedWithinDeadline: figures.minutesApprovedWithinDeadline,
      medianApprovalDays:
        figures.medianApprovalDays === null ? null : Math.round(figures.medianApprovalDays * 100) / 100,
    },
    strategyAreas: coverageOf(areas, figures.coverage),
  };
}

/** Every area of the region with its counts (zeros where nothing touched it). */
function coverageOf(
  areas: readonly OverviewArea[],
  counts: readonly OverviewCoverageCount[],
): MunicipalityOverview['strategyAreas'] {
  const byArea = new Map(counts.map((count) => [count.areaId, count]));
  return areas.map((area) => ({
    id: area.id,
    name: area.name,
    active: area.active,
    agendaItems: byArea.get(area.id)?.agendaItems ?? 0,
    actions: byArea.get(area.id)?.actions ?? 0,
    questions: byArea.get(area.id)?.questions ?? 0,
  }));
}

function signalText(expectation: ExpectationView): string {
  if (expectation.signal) return expectation.signal.summary;
  return expectation.metric === 'not_measured' ? 'ej mätt' : 'inget mätt ännu';
}

/** Regions' parts as one county: totals summed (regions share nothing), municipalities by code. */
function merge(parts: readonly RegionPart[], clock: OverviewClock): CountyOverview {
  const municipalities = parts.flatMap((part) => part.municipalities);
  if (parts.length > 1) municipalities.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const cadence: Record<CadenceStatus, number> = { ok: 0, due: 0, overdue: 0, no_agreement: 0 };
  for (const municipality of municipalities) cadence[municipality.cadence.status] += 1;
  const sum = (pick: (totals: RegionPart['totals']) => number) =>
    parts.reduce((total, part) => total + pick(part.totals), 0);
  const computedAt = parts.reduce<string | null>(
    (oldest, part) => (oldest === null || part.computedAt < oldest ? part.computedAt : oldest),
    null,
  );
  return {
    computedAt: computedAt ?? clock.now.toISOString(),
    today: clock.today,
    window: { from: clock.windowStart, to: clock.today },
    totals: {
      municipalities: municipalities.length,
      actionsOpen: sum((totals) => totals.actionsOpen),
      actionsOverdue: sum((totals) => totals.actionsOverdue),
      minutesAwaitingApproval: sum((totals) => totals.minutesAwaitingApproval),
      questionsOpen: sum((totals) => totals.questionsOpen),
      cadence,
    },
    strategyAreas: parts.flatMap((part) => part.strategyAreas),
    regions: parts.flatMap((part) => (part.region ? [part.region] : [])),
    municipalities,
  };
}

function payloadOf(overview: CountyOverview): CountyPayload {
  return { overview, json: Buffer.from(JSON.stringify(overview)) };
}
