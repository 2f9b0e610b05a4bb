import { z } from 'zod';
import { minutesChange, minutesTextChange } from './minutes-change.js';
import { AGENDA_ITEM_TYPES, AGENDA_ITEM_VISIBILITIES } from '../agenda/agenda.entity.js';
import { createZodDto } from '../common/validation/zod-dto.js';
import {
  ADJUSTER_DECISIONS,
  ADJUSTER_PARTIES,
  ATTENDANCE_STATUSES,
  MINUTES_STATUSES,
  REVIEW_STATUSES,
  REVISION_KINDS,
} from './minutes.entity.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const localDate = z.iso.date().describe('local date YYYY-MM-DD');
const unique = <T extends z.ZodType>(
  schema: z.ZodArray<T>,
  key: (value: z.infer<T>) => string,
  what: string,
) =>
  schema.refine((list) => new Set(list.map(key)).size === list.length, {
    message: `${what} is listed twice`,
  });

const partStamp = {
  version: z.number().int().describe('0: never written; +1 with every save that changes this part'),
  updatedAt: z.iso.datetime().nullable(),
  updatedBy: z
    .object({ personId: z.uuid(), name: z.string().nullable() })
    .nullable()
    .describe('who saved this part last (name null when the person is gone)'),
};

export const minutesItemView = z.object({
  agendaItemId: z.uuid(),
  number: z.number().int(),
  title: z.string(),
  type: z.enum(AGENDA_ITEM_TYPES),
  visibility: z.enum(AGENDA_ITEM_VISIBILITIES),
  secrecyGround: z
    .string()
    .nullable()
    .describe(
      'a restricted item\'s legal ground, from its agenda item or the entry\'s own (secrecySource); the public version prints "Sekretess enligt …"',
    ),
  secrecyNote: z.string().nullable(),
  secrecySource: z
    .enum(['agenda', 'minutes'])
    .nullable()
    .describe(
      'where the restriction comes from: the agenda item, or the minutes entry itself (PUT …/minutes/items/:agendaItemId/secrecy); null: public',
    ),
  notes: z.string().nullable(),
  decisions: z.array(z.string()),
  ...partStamp,
});
export type MinutesItemView = z.infer<typeof minutesItemView>;

const attendanceEntryView = z.object({
  personId: z.uuid(),
  name: z.string(),
  organizationId: z.uuid().nullable(),
  /** Null: not recorded yet. */
  status: z.enum(ATTENDANCE_STATUSES).nullable(),
});
const guestView = z.object({ name: z.string(), organization: z.string().nullable() });

export const minutesAttendancePartView = z.object({
  attendance: z.array(attendanceEntryView),
  guests: z.array(guestView),
  ...partStamp,
});
export type MinutesAttendancePartView = z.infer<typeof minutesAttendancePartView>;

export const minutesActionView = z.object({
  id: z.uuid(),
  agendaItemId: z.uuid().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  ownerPersonId: z.uuid(),
  ownerOrganizationId: z.uuid(),
  dueDate: z.string(),
  strategyAreaIds: z.array(z.uuid()),
  actionId: z
    .uuid()
    .nullable()
    .describe('its action in /api/actions: proposed while the minutes are written, open once they lock'),
  proposed: z.boolean().describe('true until the minutes lock (then its action is open)'),
  addedBy: z
    .uuid()
    .nullable()
    .describe('who wrote the action into the minutes; the action is created in their name'),
  ...partStamp,
});
export type MinutesActionView = z.infer<typeof minutesActionView>;

export const minutesView = z.object({
  meetingId: z.uuid(),
  status: z.enum(MINUTES_STATUSES),
  /** 0 until something is recorded. */
  revision: z.number().int(),
  version: z.number().int(),
  items: z.array(minutesItemView),
  attendance: z.array(attendanceEntryView),
  guests: z.array(guestView),
  attendancePart: z
    .object(partStamp)
    .describe('the version of attendance and guests together (PUT …/minutes/attendance)'),
  actions: z.array(minutesActionView),
  informed: z.array(z.string()),
  review: z
    .object({
      id: z.uuid(),
      number: z.number().int(),
      status: z.enum(REVIEW_STATUSES),
      submittedBy: z.uuid(),
      submittedAt: z.iso.datetime(),
      deadlineAt: z.iso.datetime(),
      closedAt: z.iso.datetime().nullable(),
      adjusters: z.array(
        z.object({
          personId: z.uuid(),
          name: z.string().nullable(),
          party: z.enum(ADJUSTER_PARTIES),
          decision: z.enum(ADJUSTER_DECISIONS).nullable(),
          comment: z.string().nullable(),
          decidedAt: z.iso.datetime().nullable(),
          reminderAt: z.iso
            .datetime()
            .describe(
              'when an adjuster who has not decided by then is reminded with a fresh link (MINUTES_REMINDER_BEFORE_HOURS before the deadline, or half-way)',
            ),
          remindedAt: z.iso.datetime().nullable().describe('when the reminder went out; null: not (yet)'),
        }),
      ),
    })
    .nullable()
    .describe('the latest submission to the adjusters'),
  firstSubmittedAt: z.iso.datetime().nullable(),
  lockedAt: z.iso.datetime().nullable(),
  pdfUrl: z.string(),
  updatedAt: z.iso.datetime().nullable(),
});
export type MinutesView = z.infer<typeof minutesView>;

export class MinutesResponse extends createZodDto('MinutesResponse', minutesView) {}

const MAX_DECISIONS = 50;
const actionFields = {
  agendaItemId: z.uuid().nullable().optional(),
  title: text(300),
  description: text(10_000).optional(),
  ownerPersonId: z.uuid(),
  ownerOrganizationId: z.uuid(),
  dueDate: localDate,
  strategyAreaIds: z.array(z.uuid()).max(20).default([]),
};
const attendanceInput = unique(
  z.array(z.strictObject({ personId: z.uuid(), status: z.enum(ATTENDANCE_STATUSES) })).max(300),
  (entry) => entry.personId,
  'a person',
);
const guestsInput = z.array(z.strictObject({ name: text(200), organization: text(200).optional() })).max(100);
const baseVersion = z
  .number()
  .int()
  .min(0)
  .describe(
    'the version of this part the edit started from; another answers 409 MINUTES_PART_CONFLICT with the current part, unless the body equals it',
  );
/** Blank text is no text: an emptied editor sends "" (or only spaces). */
const blankIsNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);

export class PutMinutesItemBody extends createZodDto(
  'PutMinutesItemBody',
  z.strictObject({
    notes: z.preprocess(blankIsNull, z.string().max(20_000).nullable()).describe('null, "" or blank: none'),
    decisions: z
      .preprocess(
        (value) =>
          Array.isArray(value)
            ? value.filter((entry) => !(typeof entry === 'string' && entry.trim() === ''))
            : value,
        z.array(text(4000)).max(MAX_DECISIONS),
      )
      .default([])
      .describe('blank entries are dropped'),
    baseVersion,
  }),
) {}
export type PutMinutesItemInput = z.infer<typeof PutMinutesItemBody.schema>;

export class PutMinutesItemSecrecyBody extends createZodDto(
  'PutMinutesItemSecrecyBody',
  z.strictObject({
    visibility: z
      .enum(AGENDA_ITEM_VISIBILITIES)
      .describe(
        'restricted: the entry is restricted on secrecyGround whatever its agenda item says; public: it follows its agenda item again (a restricted agenda item is changed on the agenda)',
      ),
    secrecyGround: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .nullable()
      .optional()
      .describe('a reference on the region’s active list, e.g. "31 kap. 16 § OSL"; required when restricted'),
    secrecyNote: z
      .preprocess(blankIsNull, z.string().trim().max(1000).nullable())
      .optional()
      .describe('free text with the ground, for the parties only'),
  }),
) {}
export type PutMinutesItemSecrecyInput = z.infer<typeof PutMinutesItemSecrecyBody.schema>;

export class PutMinutesAttendanceBody extends createZodDto(
  'PutMinutesAttendanceBody',
  z.strictObject({
    attendance: attendanceInput.describe('participants left out are not recorded'),
    guests: guestsInput.default([]),
    baseVersion,
  }),
) {}
export type PutMinutesAttendanceInput = z.infer<typeof PutMinutesAttendanceBody.schema>;

export class PostMinutesActionBody extends createZodDto(
  'PostMinutesActionBody',
  z.strictObject({
    id: z.uuid().describe('chosen by the client: a retry with the same id and content creates nothing new'),
    ...actionFields,
  }),
) {}
export type PostMinutesActionInput = z.infer<typeof PostMinutesActionBody.schema>;

export class PutMinutesActionBody extends createZodDto(
  'PutMinutesActionBody',
  z.strictObject({ ...actionFields, baseVersion }),
) {}
export type PutMinutesActionInput = z.infer<typeof PutMinutesActionBody.schema>;

/** The fields of an action of the minutes, as POST and PUT …/minutes/actions take them. */
export type MinutesActionInput = Omit<PostMinutesActionInput, 'id'>;

export class DeleteMinutesActionQuery extends createZodDto(
  'DeleteMinutesActionQuery',
  z.strictObject({
    baseVersion: z.coerce
      .number()
      .int()
      .min(0)
      .describe(baseVersion.description ?? ''),
  }),
) {}

export class MinutesActionParams extends createZodDto(
  'MinutesActionParams',
  z.strictObject({ id: z.uuid(), actionId: z.uuid() }),
) {}

export class MinutesItemParams extends createZodDto(
  'MinutesItemParams',
  z.strictObject({ id: z.uuid(), agendaItemId: z.uuid() }),
) {}

export class MinutesItemPartResponse extends createZodDto('MinutesItemPartResponse', minutesItemView) {}
export class MinutesAttendancePartResponse extends createZodDto(
  'MinutesAttendancePartResponse',
  minutesAttendancePartView,
) {}
export class MinutesActionPartResponse extends createZodDto('MinutesActionPartResponse', minutesActionView) {}

export class PutMinutesBody extends createZodDto(
  'PutMinutesBody',
  z.strictObject({
    items: unique(
      z
        .array(
          z.strictObject({
            agendaItemId: z.uuid(),
            notes: text(20_000).nullable().optional(),
            decisions: z.array(text(4000)).max(MAX_DECISIONS).default([]),
          }),
        )
        .max(100),
      (item) => item.agendaItemId,
      'an agenda item',
    ).default([]),
    attendance: attendanceInput.default([]),
    guests: guestsInput.default([]),
    actions: z
      .array(
        z.strictObject({
          id: z.uuid().optional().describe('keeps an action of an earlier revision; new ones get an id'),
          ...actionFields,
        }),
      )
      .max(100)
      .refine(
        (list) => {
          const ids = list.flatMap((action) => (action.id ? [action.id] : []));
          return new Set(ids).size === ids.length;
        },
        { message: 'an action id is listed twice' },
      )
      .default([]),
    version: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('when given, the change fails with 409 MINUTES_VERSION_CONFLICT unless it matches'),
  }),
) {}
export type PutMinutesInput = z.infer<typeof PutMinutesBody.schema>;

export class SubmitMinutesBody extends createZodDto(
  'SubmitMinutesBody',
  z
    .strictObject({
      adjusters: unique(
        z
          .array(z.strictObject({ personId: z.uuid() }))
          .min(1)
          .max(6),
        (adjuster) => adjuster.personId,
        'an adjuster',
      )
        .optional()
        .describe("default: the agreement's adjusters, one per party"),
      deadline: localDate
        .optional()
        .describe(
          'the last day to approve, ending at local midnight; a day off moves to the next working day; default MINUTES_APPROVAL_DAYS days on',
        ),
      informed: unique(z.array(z.email().max(254)).max(50), (email) => email.toLowerCase(), 'an address')
        .optional()
        .describe('addresses told when the minutes are final, besides the participants'),
    })
    .default({}),
) {}
export type SubmitMinutesInput = z.infer<typeof SubmitMinutesBody.schema>;

/** GET …/minutes/adjuster-options: whom the keeper may name as adjusters, and the agreement's defaults. */
export const adjusterOptionsView = z.object({
  defaults: z
    .object({ region: z.uuid().nullable(), municipality: z.uuid().nullable() })
    .describe("the agreement's adjuster of each party (null: none named, or no longer a person here)"),
  people: z
    .array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        organizationId: z.uuid(),
        party: z.enum(ADJUSTER_PARTIES),
      }),
    )
    .describe('people of the region and of the meeting’s municipalities, by name'),
});
export type AdjusterOptionsView = z.infer<typeof adjusterOptionsView>;

export class AdjusterOptionsResponse extends createZodDto('AdjusterOptionsResponse', adjusterOptionsView) {}

export class ApproveMinutesBody extends createZodDto(
  'ApproveMinutesBody',
  z.strictObject({ comment: text(4000).optional() }).default({}),
) {}
export type ApproveMinutesInput = z.infer<typeof ApproveMinutesBody.schema>;

export class ReturnMinutesBody extends createZodDto(
  'ReturnMinutesBody',
  z.strictObject({ comment: text(4000).describe('what needs to change') }),
) {}
export type ReturnMinutesInput = z.infer<typeof ReturnMinutesBody.schema>;

export class ReopenMinutesBody extends createZodDto(
  'ReopenMinutesBody',
  z.strictObject({ reason: text(4000) }),
) {}
export type ReopenMinutesInput = z.infer<typeof ReopenMinutesBody.schema>;

export const minutesRevisionView = z.object({
  revision: z.number().int(),
  kind: z.enum(REVISION_KINDS),
  actorId: z.uuid().nullable(),
  authorName: z.string().nullable().describe('the name of actorId; null when none or deleted'),
  changes: z.array(minutesChange),
  texts: z
    .array(minutesTextChange)
    .describe(
      'an edit: the items’ notes and decisions it changed, before and after (from the content the revision before it kept); others: empty',
    ),
  comment: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type MinutesRevisionView = z.infer<typeof minutesRevisionView>;

export class MinutesRevisionsResponse extends createZodDto(
  'MinutesRevisionsResponse',
  z.object({ items: z.array(minutesRevisionView) }),
) {}

/** Public approval links (`/minutes-approval/:token`). */
export class ApprovalTokenParam extends createZodDto(
  'ApprovalTokenParam',
  z.strictObject({ token: z.string().min(1).max(200) }),
) {}

/** POST /minutes-approval/:token, from the page's form (application/x-www-form-urlencoded) or as JSON. */
export class ApprovalDecisionBody extends createZodDto(
  'ApprovalDecisionBody',
  z
    .object({
      decision: z.preprocess(
        (value) => (typeof value === 'string' ? value.trim().toLowerCase() : value),
        z.enum(['approve', 'return']),
      ),
      comment: z.preprocess(
        (value) => (typeof value === 'string' ? value.trim() || undefined : value),
        z.string().max(4000).optional(),
      ),
    })
    .refine((body) => body.decision !== 'return' || body.comment !== undefined, {
      path: ['comment'],
      message: 'returned minutes need a comment',
    }),
) {}
export type ApprovalDecisionInput = z.infer<typeof ApprovalDecisionBody.schema>;

export const approvalPageView = z.object({
  meetingTitle: z.string(),
  when: z.string(),
  adjusterName: z.string(),
  locale: z.enum(['sv', 'en']),
  /** open: the adjuster may decide; otherwise why not. */
  state: z.enum(['open', 'approved', 'returned', 'closed']),
  deadlineAt: z.iso.datetime(),
  deadline: z.string().describe('deadlineAt in words, in the adjuster’s language and the business time zone'),
  minutes: minutesView
    .nullable()
    .describe(
      'while the link is open (the minutes as submitted); null once closed, which shows only its outcome',
    ),
});
export type ApprovalPageView = z.infer<typeof approvalPageView>;

export class ApprovalPageResponse extends createZodDto('ApprovalPageResponse', approvalPageView) {}
