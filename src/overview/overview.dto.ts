import { z } from 'zod';
import { CADENCE_STATUSES } from '../cadence/cadence-status.js';
import { createZodDto } from '../common/validation/zod-dto.js';
import { EXPECTATION_METRICS } from './expectation-metrics.js';

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

export const municipalityOverview = z.object({
  organizationId: z.uuid(),
  name: z.string(),
  code: z.string(),
  regionId: z.uuid(),
  lastMeeting: meetingRef.nullable(),
  nextMeeting: meetingRef.extend({ status: z.string() }).nullable(),
  cadence: z.object({
    status: z.enum(CADENCE_STATUSES),
    cadence: z.string().nullable(),
    agreementVersion: z.number().int().nullable(),
    dueDate: z.string().nullable(),
    daysUntilDue: z.number().int().nullable(),
  }),
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
});
export type MunicipalityOverview = z.infer<typeof municipalityOverview>;

export const expectationView = z.object({
  party: z.string(),
  text: z.string(),
  metric: z.enum(EXPECTATION_METRICS).nullable(),
  signal: z
    .object({
      metric: z.enum(EXPECTATION_METRICS),
      summary: z.string(),
      numerator: z.number().nullable(),
      denominator: z.number().nullable(),
      ratio: z.number().nullable(),
    })
    .nullable(),
});

const overviewWindow = z.object({ from: z.string(), to: z.string() });

export const municipalityOverviewDetail = municipalityOverview.extend({
  today: z.string(),
  window: overviewWindow,
  expectations: z.array(expectationView),
});
export type MunicipalityOverviewDetail = z.infer<typeof municipalityOverviewDetail>;

export const countyOverview = z.object({
  today: z.string(),
  /** The look-back window of coverage, lead times and on-time rates: the last twelve months. */
  window: overviewWindow,
  totals: z.object({
    municipalities: z.number().int(),
    actionsOpen: z.number().int(),
    actionsOverdue: z.number().int(),
    minutesAwaitingApproval: z.number().int(),
    questionsOpen: z.number().int(),
    cadence: z.record(z.enum(CADENCE_STATUSES), z.number().int()),
  }),
  strategyAreas: z.array(areaCoverage.extend({ regionId: z.uuid() })),
  municipalities: z.array(municipalityOverview),
});
export type CountyOverview = z.infer<typeof countyOverview>;

export class CountyOverviewResponse extends createZodDto('CountyOverviewResponse', countyOverview) {}
export class MunicipalityOverviewResponse extends createZodDto(
  'MunicipalityOverviewResponse',
  municipalityOverviewDetail,
) {}

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
