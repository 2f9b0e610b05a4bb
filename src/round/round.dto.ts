import { z } from 'zod';
import { caseNumber } from '../common/validation/case-number.js';
import { createZodDto, pagination, paginated } from '../common/validation/zod-dto.js';
import { MEETING_MODES } from '../meeting/meeting.entity.js';
import { ROUND_ITEM_STATES, ROUND_PHASES, ROUND_STATUSES } from './round.entity.js';

const localDate = z.iso.date().describe('local date YYYY-MM-DD');
const localTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:mm')
  .describe('local time HH:mm');
const hours = z.strictObject({ start: localTime, end: localTime });
const dateRangeBound = z
  .string()
  .regex(/^(\d{4}-)?\d{2}-\d{2}$/, 'YYYY-MM-DD, or MM-DD for every year')
  .describe('YYYY-MM-DD (once) or MM-DD (every year)');

const constraints = z
  .strictObject({
    workingHours: hours.optional().describe('default 09:00–16:00; every meeting inside'),
    travelHours: hours
      .nullable()
      .optional()
      .describe('an on-site trip, travel included, fits inside; default the working hours'),
    maxMeetingsPerDay: z.number().int().min(1).max(10).optional().describe('regional team; default 2'),
    maxStopsPerTrip: z.number().int().min(1).max(10).nullable().optional(),
    blackouts: z
      .array(
        z.strictObject({ from: dateRangeBound, to: dateRangeBound, label: z.string().max(100).optional() }),
      )
      .max(50)
      .optional()
      .describe('replaces the default summer and Christmas blackouts'),
    minGapDays: z.number().int().min(0).max(365).optional().describe('default 30'),
    slotMinutes: z.number().int().min(5).max(120).optional().describe('default 30'),
    roadFactor: z.number().min(1).max(3).optional(),
    averageSpeedKmh: z.number().min(10).max(200).optional(),
    travelBufferMinutes: z.number().int().min(0).max(120).optional(),
    allowChaining: z.boolean().optional().describe('one trip may visit several municipalities; default true'),
  })
  .default({});

const personIds = z
  .array(z.uuid())
  .min(1)
  .max(20)
  .refine((list) => new Set(list).size === list.length, { message: 'a person is listed twice' });

export class CreateRoundBody extends createZodDto(
  'CreateRoundBody',
  z.strictObject({
    name: z.string().trim().min(1).max(200),
    caseNumber: caseNumber.optional().describe('diarienummer; the meetings the round creates start with it'),
    window: z.strictObject({ from: localDate, to: localDate }),
    organizationIds: z
      .array(z.uuid())
      .min(1)
      .max(500)
      .refine((list) => new Set(list).size === list.length, { message: 'an organization is listed twice' })
      .optional()
      .describe('municipalities of your region; default every one with an agreement'),
    onlyDue: z
      .boolean()
      .default(false)
      .describe('without organizationIds: only those whose cadence makes a meeting due by the window’s end'),
    durationMinutes: z
      .number()
      .int()
      .min(15)
      .max(24 * 60),
    mode: z.enum(MEETING_MODES).optional().describe('for every municipality; default each agreement’s mode'),
    regionalTeam: personIds.describe('people of the region who attend every meeting; the first chairs'),
    constraints,
    background: z
      .boolean()
      .optional()
      .describe(`plan on the worker and report progress; default for rounds of more than 30 municipalities`),
  }),
) {}
export type CreateRoundInput = z.infer<typeof CreateRoundBody.schema>;

export class UpdateRoundBody extends createZodDto(
  'UpdateRoundBody',
  z.strictObject({
    caseNumber: caseNumber
      .nullable()
      .describe(
        'diarienummer (null removes it); meetings created from now on start with it, meetings already ' +
          'created keep their own (PATCH /api/meetings/:id)',
      ),
    version: z.number().int().min(1).optional(),
  }),
) {}
export type UpdateRoundInput = z.infer<typeof UpdateRoundBody.schema>;

export class MoveRoundItemBody extends createZodDto(
  'MoveRoundItemBody',
  z.strictObject({
    start: z.iso.datetime({ offset: true }).describe('ISO 8601 with an offset or Z'),
    version: z.number().int().min(1).optional(),
  }),
) {}
export type MoveRoundItemInput = z.infer<typeof MoveRoundItemBody.schema>;

export class ConfirmRoundBody extends createZodDto(
  'ConfirmRoundBody',
  z.strictObject({ version: z.number().int().min(1).optional() }).default({}),
) {}
export type ConfirmRoundInput = z.infer<typeof ConfirmRoundBody.schema>;

export class ProposeRoundBody extends createZodDto(
  'ProposeRoundBody',
  z.strictObject({ version: z.number().int().min(1).optional() }).default({}),
) {}
export type ProposeRoundInput = z.infer<typeof ProposeRoundBody.schema>;

export class RoundItemParams extends createZodDto(
  'RoundItemParams',
  z.strictObject({ id: z.uuid(), organizationId: z.uuid() }),
) {}

export class ListRoundsQuery extends createZodDto('ListRoundsQuery', z.strictObject({ ...pagination })) {}
export type RoundFilter = z.infer<typeof ListRoundsQuery.schema>;

const reason = z.object({ code: z.string(), message: z.string(), params: z.record(z.string(), z.unknown()) });

export const roundItemView = z.object({
  organizationId: z.uuid(),
  organizationName: z.string(),
  state: z.enum(ROUND_ITEM_STATES),
  mode: z.enum(MEETING_MODES),
  startAt: z.iso.datetime().nullable(),
  endAt: z.iso.datetime().nullable(),
  startLocal: z.string().nullable(),
  endLocal: z.string().nullable(),
  attendance: z.enum(['onsite', 'remote']).nullable(),
  tripId: z.string().nullable(),
  travelMinutesBefore: z.number().int(),
  travelMinutesAfter: z.number().int(),
  participantIds: z.array(z.uuid()),
  reasons: z.array(reason),
  /** Why it could not be placed: the constraint that removed its last days. */
  unplaced: z
    .object({ code: z.string(), message: z.string(), details: z.record(z.string(), z.unknown()) })
    .nullable(),
  dueDate: z.string().nullable(),
  /** The proposed date falls after the cadence's due date. */
  afterDueDate: z.boolean(),
  moved: z.boolean(),
  meetingId: z.uuid().nullable(),
  /** The municipality's answer when the round was sent as a proposal; null when it was not consulted. */
  answer: z
    .object({
      state: z.enum(['pending', 'accepted', 'other']),
      /** Counted as accepted: no answer within ROUND_CONSULTATION_WORKING_DAYS. */
      byDefault: z.boolean(),
      /** The slot the municipality was asked about (the item may have moved since). */
      proposedStartAt: z.iso.datetime(),
      proposedStartLocal: z.string(),
      alternatives: z.array(z.object({ startAt: z.iso.datetime(), startLocal: z.string() })),
      reason: z.string().nullable(),
      answeredBy: z.uuid().nullable(),
      answeredByName: z.string().nullable(),
      answeredAt: z.iso.datetime().nullable(),
    })
    .nullable(),
});
export type RoundItemView = z.infer<typeof roundItemView>;

const roundSummary = z.object({
  id: z.uuid(),
  regionId: z.uuid(),
  name: z.string(),
  caseNumber: z.string().nullable().describe('diarienummer in the region’s registry'),
  status: z.enum(ROUND_STATUSES),
  window: z.object({ from: z.string(), to: z.string() }),
  durationMinutes: z.number().int(),
  mode: z.enum(MEETING_MODES).nullable(),
  regionalTeam: z.array(z.uuid()),
  progress: z.object({ phase: z.enum(ROUND_PHASES), done: z.number().int(), total: z.number().int() }),
  totals: z.record(z.string(), z.number()).nullable(),
  createdBy: z.uuid().nullable(),
  createdAt: z.iso.datetime(),
  confirmedAt: z.iso.datetime().nullable(),
  confirmedBy: z.uuid().nullable(),
  version: z.number().int(),
});
export type RoundSummaryView = z.infer<typeof roundSummary>;

export const roundView = roundSummary.extend({
  timeZone: z.string(),
  constraints: z.record(z.string(), z.unknown()),
  failure: z.unknown().nullable(),
  trips: z.array(z.record(z.string(), z.unknown())),
  items: z.array(roundItemView),
  /** Sent to the municipalities as a proposal before confirming; null when not (yet). */
  consultation: z
    .object({
      sentAt: z.iso.datetime(),
      sentBy: z.uuid().nullable(),
      /** Unanswered proposals count as accepted from this instant. */
      answerDueAt: z.iso.datetime(),
      expiredAt: z.iso.datetime().nullable(),
    })
    .nullable(),
});
export type RoundView = z.infer<typeof roundView>;

export class RoundResponse extends createZodDto('RoundResponse', roundView) {}
export class RoundPageResponse extends createZodDto('RoundPageResponse', paginated(roundSummary)) {}

// ---------- the public proposal page (/round-proposal/:token) ----------

export class RoundProposalTokenParam extends createZodDto(
  'RoundProposalTokenParam',
  z.strictObject({ token: z.string().min(1).max(200) }),
) {}

const formText = (max: number) =>
  z.preprocess(
    (value) => (typeof value === 'string' ? value.trim() || undefined : value),
    z.string().max(max).optional(),
  );

/** A municipality's answer: accept the slot, or ask for another with up to three alternatives or a reason. */
export class RoundProposalAnswerBody extends createZodDto(
  'RoundProposalAnswerBody',
  z.object({
    answer: z.preprocess(
      (value) => (typeof value === 'string' ? value.trim().toLowerCase() : value),
      z.enum(['accept', 'other']),
    ),
    alternative1: formText(40).describe('local date and time YYYY-MM-DDTHH:mm (Europe/Stockholm)'),
    alternative2: formText(40),
    alternative3: formText(40),
    reason: formText(2000),
  }),
) {}
export type RoundProposalAnswerInput = z.infer<typeof RoundProposalAnswerBody.schema>;

export const roundProposalPageView = z.object({
  locale: z.enum(['sv', 'en']),
  /** open: an answer may be given or changed; closed: the round was confirmed. */
  state: z.enum(['open', 'closed']),
  roundName: z.string(),
  organizationName: z.string(),
  personName: z.string(),
  startAt: z.iso.datetime(),
  endAt: z.iso.datetime(),
  /** The proposed slot in words, in the business time zone. */
  when: z.string(),
  mode: z.enum(MEETING_MODES),
  /** The date after which no answer counts as accepted, in words. */
  answerBy: z.string(),
  answer: z
    .object({
      state: z.enum(['accepted', 'other']),
      byDefault: z.boolean(),
      alternatives: z.array(z.string()),
      reason: z.string().nullable(),
    })
    .nullable(),
});
export type RoundProposalPageView = z.infer<typeof roundProposalPageView>;
export class RoundProposalPageResponse extends createZodDto(
  'RoundProposalPageResponse',
  roundProposalPageView,
) {}
