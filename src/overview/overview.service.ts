import { setImmediate as nextTurn } from 'node:timers/promises';
import { promisify } from 'node:util';
import { constants, gzip } from 'node:zlib';
import { Inject, Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { type CadenceStatus, evaluateCadence } from '../cadence/cadence-status.js';
import { type AuthenticatedUser, hasRole } from '../common/auth/authenticated-user.js';
import { DomainError, ForbiddenError } from '../common/errors/domain-error.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { OrganizationService } from '../organization/organization.service.js';
import { expectationMetric, expectationSignal } from './expectation-metrics.js';
import { SingleFlightCache } from './overview-cache.js';
import { type CsvCell, toCsv } from './overview-csv.js';
import type {
  CountyOverview,
  CountyOverviewFilter,
  MunicipalityOverview,
  MunicipalityOverviewDetail,
} from './overview.dto.js';
import { OverviewException } from './overview.exception.js';
import {
  type OverviewArea,
  type OverviewClock,
  OverviewRepository,
  type OverviewRow,
  type OverviewScope,
} from './overview.repository.js';

const gzipAsync = promisify(gzip);

/** On the thread pool, at the fastest level: JSON shrinks about tenfold anyway. */
function compress(json: Buffer): Promise<Buffer> {
  return gzipAsync(json, { level: constants.Z_BEST_SPEED });
}

/** One computation of a county overview, with its JSON (UTF-8) and, once a client has asked, its gzip. */
interface CountyOverviewPayload {
  overview: CountyOverview;
  json: Buffer;
  gzip?: Promise<Buffer>;
}

/** The county overview as sent: JSON in UTF-8, or the same gzipped. */
export interface CountyOverviewBody {
  json: Buffer;
  gzip: () => Promise<Buffer>;
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
 * The county overview for the region and each municipality's own view. Figures come from one read-model
 * statement (OverviewRepository); cadence status is judged by the cadence feature's own rule
 * (evaluateCadence), on the same facts CadenceService uses: last held, next planned, current agreement.
 */
@Injectable()
export class OverviewService {
  constructor(
    private readonly repository: OverviewRepository,
    private readonly organizations: OrganizationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.countyCache = new SingleFlightCache(config.overview.cacheMs);
    this.organizationCache = new SingleFlightCache(config.overview.cacheMs);
  }

  /** Per scope and day; every caller allowed the scope gets the same figures. */
  private readonly countyCache: SingleFlightCache<CountyOverviewPayload>;
  private readonly organizationCache: SingleFlightCache<MunicipalityOverviewDetail>;

  /** Coordinators of a region see its municipalities; admins every region, or `regionId`. */
  async county(
    user: AuthenticatedUser,
    filter: Pick<CountyOverviewFilter, 'regionId'>,
  ): Promise<CountyOverview> {
    return (await this.countyCached(this.countyScope(user, filter.regionId))).overview;
  }

  /**
   * The same, serialized and encoded once per computation: a county of 290 municipalities is half a
   * megabyte of JSON, and serializing or encoding it for every request would cost more than serving it.
   */
  async countyJson(
    user: AuthenticatedUser,
    filter: Pick<CountyOverviewFilter, 'regionId'>,
  ): Promise<CountyOverviewBody> {
    const payload = await this.countyCached(this.countyScope(user, filter.regionId));
    return {
      json: payload.json,
      // Compressed once per computation; from then on every computation compresses before it is served.
      gzip: () => {
        this.gzipAsked = true;
        return (payload.gzip ??= compress(payload.json));
      },
    };
  }

  /**
   * Whether any client has taken the county overview gzipped. Once one has, a computation compresses its
   * JSON before its figures replace the previous ones, so that no request waits for the compression (half
   * a megabyte for 290 municipalities) while the previous figures could have been served.
   */
  private gzipAsked = false;

  private countyCached(scope: OverviewScope): Promise<CountyOverviewPayload> {
    const clock = this.clock();
    return this.countyCache.get(`${scope.regionId ?? '*'}|${clock.today}`, async () => {
      const overview = await this.computeCounty(scope, clock);
      const json = Buffer.from(JSON.stringify(overview));
      if (!this.gzipAsked) return { overview, json };
      const gzipped = await compress(json);
      return { overview, json, gzip: Promise.resolve(gzipped) };
    });
  }

  private async computeCounty(scope: OverviewScope, clock: OverviewClock): Promise<CountyOverview> {
    const { rows, areas } = await this.repository.read(scope, clock);
    const areasByRegion = groupAreas(areas);
    const municipalities: MunicipalityOverview[] = [];
    for (const [index, row] of rows.entries()) {
      if (index > 0 && index % MUNICIPALITIES_PER_TURN === 0) await nextTurn();
      municipalities.push(this.toMunicipality(row, areasByRegion, clock));
    }
    const cadence: Record<CadenceStatus, number> = { ok: 0, due: 0, overdue: 0, no_agreement: 0 };
    for (const municipality of municipalities) cadence[municipality.cadence.status] += 1;
    const sum = (pick: (m: MunicipalityOverview) => number) =>
      municipalities.reduce((total, municipality) => total + pick(municipality), 0);
    return {
      today: clock.today,
      window: { from: clock.windowStart, to: clock.today },
      totals: {
        municipalities: municipalities.length,
        actionsOpen: sum((m) => m.actions.open),
        actionsOverdue: sum((m) => m.actions.overdue),
        minutesAwaitingApproval: sum((m) => m.minutes.awaitingApproval),
        questionsOpen: sum((m) => m.questions.open),
        cadence,
      },
      strategyAreas: countyCoverage(areas, municipalities),
      municipalities,
    };
  }

  /** The county overview as a CSV file for Swedish Excel (overview-csv.ts). */
  async countyCsv(user: AuthenticatedUser, filter: Pick<CountyOverviewFilter, 'regionId'>): Promise<string> {
    const overview = await this.county(user, filter);
    const areas = overview.strategyAreas;
    const header = [
      'Kommun',
      'Kommunkod',
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
      ...areas.map((area) => `RUS: ${area.name}`),
    ];
    const rows: CsvCell[][] = overview.municipalities.map((m) => {
      const coverage = new Map(m.strategyAreas.map((area) => [area.id, area]));
      return [
        m.name,
        m.code,
        m.lastMeeting?.date ?? null,
        m.nextMeeting?.date ?? null,
        CADENCE_LABELS[m.cadence.status],
        m.cadence.dueDate,
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
        ...areas.map((area) => {
          const counted = coverage.get(area.id);
          return counted ? counted.agendaItems + counted.actions + counted.questions : 0;
        }),
      ];
    });
    return toCsv(header, rows);
  }

  /**
   * One municipality's own view, with its agreement's expectations and a measured signal beside each.
   * People of the municipality see only their own; the region its municipalities; others get 404.
   */
  async forOrganization(
    user: AuthenticatedUser,
    organizationId: string,
  ): Promise<MunicipalityOverviewDetail> {
    const organization = await this.organizations
      .findVisibleById(user, organizationId)
      .catch((error: unknown) => {
        if (error instanceof DomainError && error.kind === 'not_found') throw OverviewException.notFound();
        throw error;
      });
    if (organization.kind !== 'municipality') throw OverviewException.notFound();
    const clock = this.clock();
    return this.organizationCache.get(`${organization.id}|${clock.today}`, () =>
      this.computeOrganization(organization.id, organization.parentId, clock),
    );
  }

  private async computeOrganization(
    organizationId: string,
    regionId: string | null,
    clock: OverviewClock,
  ): Promise<MunicipalityOverviewDetail> {
    const { rows, areas } = await this.repository.read({ regionId, organizationId }, clock);
    if (rows.length === 0) throw OverviewException.notFound();
    const row = rows[0];
    const municipality = this.toMunicipality(row, groupAreas(areas), clock);
    const facts = {
      minutesApproved: row.minutesApprovedInWindow,
      minutesApprovedWithinDeadline: row.minutesApprovedWithinDeadline,
      actionsDue: row.actionsDueInWindow,
      actionsDoneOnTime: row.actionsDoneOnTime,
      meetingsHeld: row.meetingsHeldInWindow,
      cadenceStatus: municipality.cadence.status,
      questionsOpen: row.questionsOpen,
    };
    return {
      ...municipality,
      today: clock.today,
      window: { from: clock.windowStart, to: clock.today },
      expectations: (row.agreement?.expectations ?? []).map((expectation) => {
        const metric = expectationMetric(expectation.text);
        return {
          party: expectation.party,
          text: expectation.text,
          metric,
          signal: metric ? expectationSignal(metric, facts) : null,
        };
      }),
    };
  }

  private countyScope(user: AuthenticatedUser, regionId: string | undefined): OverviewScope {
    if (hasRole(user, 'admin')) return { regionId: regionId ?? null, organizationId: null };
    if (user.organizationKind !== 'region' || !hasRole(user, 'coordinator')) {
      throw new ForbiddenError('The county overview is for the region’s coordinators');
    }
    return { regionId: user.organizationId, organizationId: null };
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
    areasByRegion: ReadonlyMap<string, readonly OverviewArea[]>,
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
    const coverage = new Map(row.coverage.map((count) => [count.areaId, count]));
    return {
      organizationId: row.id,
      name: row.name,
      code: row.code,
      regionId: row.regionId,
      lastMeeting: row.lastHeld
        ? {
            meetingId: row.lastHeld.id,
            startAt: row.lastHeld.startAt,
            endAt: row.lastHeld.endAt,
            date: row.lastHeld.date,
          }
        : null,
      nextMeeting: row.nextPlanned
        ? {
            meetingId: row.nextPlanned.id,
            startAt: row.nextPlanned.startAt,
            endAt: row.nextPlanned.endAt,
            date: row.nextPlanned.date,
            status: row.nextPlanned.status,
          }
        : null,
      cadence: {
        status: cadence.status,
        cadence: row.agreement?.cadence ?? null,
        agreementVersion: row.agreement?.version ?? null,
        dueDate: cadence.dueDate,
        daysUntilDue: cadence.daysUntilDue,
      },
      actions: {
        open: row.actionsOpen,
        overdue: row.actionsOverdue,
        dueInWindow: row.actionsDueInWindow,
        doneOnTime: row.actionsDoneOnTime,
      },
      minutes: {
        awaitingApproval: row.minutesAwaitingApproval,
        approvedInWindow: row.minutesApprovedInWindow,
        approvedWithinDeadline: row.minutesApprovedWithinDeadline,
        medianApprovalDays:
          row.medianApprovalDays === null ? null : Math.round(row.medianApprovalDays * 100) / 100,
      },
      questions: { open: row.questionsOpen, byOwningParty: row.questionsByParty },
      strategyAreas: (areasByRegion.get(row.regionId) ?? []).map((area) => ({
        id: area.id,
        name: area.name,
        active: area.active,
        agendaItems: coverage.get(area.id)?.agendaItems ?? 0,
        actions: coverage.get(area.id)?.actions ?? 0,
        questions: coverage.get(area.id)?.questions ?? 0,
      })),
    };
  }
}

function groupAreas(areas: readonly OverviewArea[]): Map<string, OverviewArea[]> {
  const byRegion = new Map<string, OverviewArea[]>();
  for (const area of areas) {
    const list = byRegion.get(area.regionId) ?? [];
    list.push(area);
    byRegion.set(area.regionId, list);
  }
  return byRegion;
}

/** The county's coverage: each area's counts summed over the municipalities. */
function countyCoverage(
  areas: readonly OverviewArea[],
  municipalities: readonly MunicipalityOverview[],
): CountyOverview['strategyAreas'] {
  const totals = new Map(
    areas.map((area) => [
      area.id,
      {
        id: area.id,
        regionId: area.regionId,
        name: area.name,
        active: area.active,
        agendaItems: 0,
        actions: 0,
        questions: 0,
      },
    ]),
  );
  for (const municipality of municipalities) {
    for (const area of municipality.strategyAreas) {
      const total = totals.get(area.id);
      if (!total) continue;
      total.agendaItems += area.agendaItems;
      total.actions += area.actions;
      total.questions += area.questions;
    }
  }
  return [...totals.values()];
}
