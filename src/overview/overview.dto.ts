import { z } from 'zod';
import { CADENCE_STATUSES } from '../cadence/cadence-status.js';
import { createZodDto } from '../common/validation/zod-dto.js';
import { EXPECTATION_METRICS, PARTIES } from '../agreement/agreement.entity.js';
import { SIGNAL_LEVELS } from './expectation-metrics.js';

const meetingRef = z.object({
  meetingId: z.uuid(),
  startAt: z.iso.datetime(),
  endAt: z.iso.datetime(),
  /** Local date in the business time zone. */
  date: z.string(),
});

const areaCoverage = z.object({
  id: z.uuid(),
  name: z.string(),
  active: z.boolean(),
  agendaItems: z.number().int(),
  actions: z.number().int(),
  questions: z.number().int(),
});

export const expectationView = z.object({
  /** The municipality whose agreement holds the expectation. */
  organizationId: z.uuid(),
  party: z.enum(PARTIES),
  text: z.string(),
  /** Chosen by the writer of the expectation (README: County overview lists what each measures). */
  metric: z.enum(EXPECTATION_METRICS),
  /** null: not measured, or nothing measured yet (no minutes approved, no action due in the window). */
  signal: z
    .object({
      metric: z.enum(EXPECTATION_METRICS),
      level: z
        .enum(SIGNAL_LEVELS)
        .describe(
          'met, partly, unmet; neutral where the figure alone does not say (README: County overview, Signals)',
        ),
      summary: z.string().describe('in Swedish, e.g. "Protokoll justerade inom tidsfristen: 5 av 6"'),
      numerator: z.number().nullable(),
      denominator: z.number().nullable(),
      ratio: z.number().nullable(),
    })
    .nullable(),
});
export type ExpectationView = z.infer<typeof expectationView>;

/** What a municipality's and the region's rows share. */
const organizationFigures = {
  organizationId: z.uuid(),
  name: z.string(),
  code: z.string(),
  lastMeeting: meetingRef.nullable(),
  nextMeeting: meetingRef.extend({ status: z.string() }).nullable(),
  /** Owned by this organization (the region's row: the region's own, linked to a meeting or not). */
  actions: z.object({
    open: z.number().int(),
    overdue: z.number().int(),
    /** Due within the window (not cancelled), and of those done by their due date. */
    dueInWindow: z.number().int(),
    doneOnTime: z.number().int(),
  }),
  minutes: z.object({
    awaitingApproval: z.number().int(),
    approvedInWindow: z.number().int(),
    approvedWithinDeadline: z.number().int(),
    /** Median days from first submission to approval (locked), within the window; null when none. */
    medianApprovalDays: z.number().nullable(),
  }),
  questions: z.object({
    /** A municipality: open questions raised with it; the region: open questions it owns. */
    open: z.number().int(),
    byOwningParty: z.array(
      z.object({
        kind: z.enum(['organization', 'external']),
        organizationId: z.uuid().nullable(),
        name: z.string(),
        count: z.number().int(),
      }),
    ),
  }),
  /** Every strategy area of the region, with what touched it in the window (zeros show the gaps). */
  strategyAreas: z.array(areaCoverage),
  /** A municipality: every expectation of its agreement; the region: those it holds in every agreement. */
  expectations: z.array(expectationView),
};

export const municipalityOverview = z.object({
  kind: z.literal('municipality'),
  ...organizationFigures,
  regionId: z.uuid(),
  cadence: z.object({
    status: z.enum(CADENCE_STATUSES),
    cadence: z.string().nullable(),
    agreementVersion: z.number().int().nullable(),
    dueDate: z.string().nullable(),
    daysUntilDue: z.number().int().nullable(),
  }),
});
export type MunicipalityOverview = z.infer<typeof municipalityOverview>;

/**
 * The region as a party: its own actions and questions, every meeting of the region (it attends them
 * all), minutes of them all, coverage by its own actions and questions (agenda items count 0).
 */
export const regionOverview = z.object({ kind: z.literal('region'), ...organizationFigures });
export type RegionOverview = z.infer<typeof regionOverview>;

const overviewWindow = z.object({ from: z.string(), to: z.string() });
const computedAt = z.iso
  .datetime()
  .describe('when these figures were read; every change committed before the request is in them');

const detail = { computedAt, today: z.string(), window: overviewWindow };
export const organizationOverviewDetail = z.discriminatedUnion('kind', [
  municipalityOverview.extend(detail),
  regionOverview.extend(detail),
]);
export type OrganizationOverviewDetail = z.infer<typeof organizationOverviewDetail>;

export const countyOverview = z.object({
  computedAt,
  today: z.string(),
  /** The look-back window of coverage, lead times and on-time rates: the last twelve months. */
  window: overviewWindow,
  /** Each action, question, minutes and agenda item once, whoever owns it (the region too). */
  totals: z.object({
    municipalities: z.number().int(),
    actionsOpen: z.number().int(),
    actionsOverdue: z.number().int(),
    minutesAwaitingApproval: z.number().int(),
    questionsOpen: z.number().int(),
    cadence: z.record(z.enum(CADENCE_STATUSES), z.number().int()),
  }),
  strategyAreas: z.array(areaCoverage.extend({ regionId: z.uuid() })),
  /** The region(s) of the overview, each as a party of its own. */
  regions: z.array(regionOverview),
  municipalities: z.array(municipalityOverview),
});
export type CountyOverview = z.infer<typeof countyOverview>;

export class CountyOverviewResponse extends createZodDto('CountyOverviewResponse', countyOverview) {}
/** A union (municipality or region, by `kind`), so a value rather than a class extending it. */
export const OrganizationOverviewResponse = createZodDto(
  'OrganizationOverviewResponse',
  organizationOverviewDetail,
);

export class CountyOverviewQuery extends createZodDto(
  'CountyOverviewQuery',
  z.strictObject({
    regionId: z.uuid().optional().describe('admins: one region; coordinators always get their own'),
    format: z.enum(['json', 'csv']).default('json').describe('csv: the same as /api/overview.csv'),
  }),
) {}
export type CountyOverviewFilter = z.infer<typeof CountyOverviewQuery.schema>;

export class CountyOverviewCsvQuery extends createZodDto(
  'CountyOverviewCsvQuery',
  z.strictObject({ regionId: z.uuid().optional() }),
) {}
