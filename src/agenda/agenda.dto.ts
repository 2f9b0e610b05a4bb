import { z } from 'zod';
import { versionToMatch } from '../common/validation/update-body.js';
import { createZodDto } from '../common/validation/zod-dto.js';
import { paperView } from './papers/paper.dto.js';
import {
  AGENDA_ITEM_SOURCES,
  AGENDA_ITEM_STATUSES,
  AGENDA_ITEM_TYPES,
  AGENDA_ITEM_VISIBILITIES,
  PRESENTING_PARTIES,
} from './agenda.entity.js';

const title = z.string().trim().min(1).max(300);
const description = z.string().trim().min(1).max(10_000);
const duration = z.number().int().min(0).max(600).describe('minutes');
const version = versionToMatch('the change fails with 409 AGENDA_ITEM_VERSION_CONFLICT unless it matches');
const links = z
  .array(
    z.strictObject({
      url: z
        .url({ protocol: /^https?$/ })
        .max(2000)
        .describe('http(s)'),
      label: z.string().trim().min(1).max(200).optional(),
    }),
  )
  .max(20);
const secrecyGround = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .describe(
    'restricted items: the legal ground, a reference from GET /api/secrecy-grounds (e.g. "31 kap. 16 § OSL"); ' +
      'required with visibility restricted (400 SECRECY_GROUND_REQUIRED), refused on a public item',
  );
const secrecyNote = z
  .string()
  .trim()
  .min(1)
  .max(1000)
  .describe('restricted items: optional free text with the ground, shown to the parties only');
const strategyAreaIds = z
  .array(z.uuid())
  .max(20)
  .refine((list) => new Set(list).size === list.length, { message: 'a strategy area is listed twice' });

// ---------- templates ----------

const templateItem = z.strictObject({
  title,
  description: description.optional(),
  type: z.enum(AGENDA_ITEM_TYPES),
  durationMinutes: duration.default(10),
  presentingParty: z.enum(PRESENTING_PARTIES).nullable().optional(),
  closing: z
    .boolean()
    .default(false)
    .describe('a closing item ("Övriga frågor"): items added later land before it; closing items come last'),
});

export const agendaTemplateView = z.object({
  id: z.uuid(),
  /** Null: shipped with the system, for every region. */
  regionId: z.uuid().nullable(),
  name: z.string(),
  isDefault: z.boolean(),
  items: z.array(
    z.object({
      position: z.number().int(),
      title: z.string(),
      description: z.string().nullable(),
      type: z.enum(AGENDA_ITEM_TYPES),
      durationMinutes: z.number().int(),
      presentingParty: z.enum(PRESENTING_PARTIES).nullable(),
      closing: z.boolean(),
    }),
  ),
  totalMinutes: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
});
export type AgendaTemplateView = z.infer<typeof agendaTemplateView>;

export class AgendaTemplateResponse extends createZodDto('AgendaTemplateResponse', agendaTemplateView) {}
export class AgendaTemplateListResponse extends createZodDto(
  'AgendaTemplateListResponse',
  z.object({ items: z.array(agendaTemplateView) }),
) {}

export class CreateAgendaTemplateBody extends createZodDto(
  'CreateAgendaTemplateBody',
  z.strictObject({
    name: z.string().trim().min(1).max(200),
    regionId: z.uuid().optional().describe('admins only: the region it is for; default your own region'),
    isDefault: z
      .boolean()
      .default(false)
      .describe("the region's default for meetings without a round template"),
    items: z
      .array(templateItem)
      .min(1)
      .max(50)
      .refine((items) => items.every((item, index) => !items[index - 1]?.closing || item.closing), {
        message: 'closing items come last',
      }),
  }),
) {}
export type CreateAgendaTemplateInput = z.infer<typeof CreateAgendaTemplateBody.schema>;

export class RoundAgendaTemplateBody extends createZodDto(
  'RoundAgendaTemplateBody',
  z.strictObject({ templateId: z.uuid() }),
) {}
export type RoundAgendaTemplateInput = z.infer<typeof RoundAgendaTemplateBody.schema>;

export class RoundAgendaTemplateResponse extends createZodDto(
  'RoundAgendaTemplateResponse',
  z.object({ roundId: z.uuid(), templateId: z.uuid() }),
) {}

// ---------- agenda ----------

const carriedOver = z.object({
  actions: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      ownerPersonId: z.string(),
      ownerName: z.string(),
      ownerOrganizationId: z.string(),
      dueDate: z.string().nullable(),
      status: z.string(),
    }),
  ),
  questions: z.array(
    z.object({ id: z.string(), title: z.string(), owningParty: z.string(), status: z.string() }),
  ),
});

export const agendaItemView = z.object({
  id: z.uuid(),
  meetingId: z.uuid(),
  /** 1, 2, 3 … among the items on the agenda; null for proposals and declined items. */
  number: z.number().int().nullable(),
  position: z.number().int(),
  title: z.string(),
  description: z.string().nullable(),
  type: z.enum(AGENDA_ITEM_TYPES),
  presenter: z.object({
    personId: z.uuid().nullable(),
    name: z.string().nullable(),
    party: z.enum(PRESENTING_PARTIES).nullable(),
  }),
  durationMinutes: z.number().int(),
  strategyAreaIds: z.array(z.uuid()),
  links: z.array(z.object({ url: z.string(), label: z.string().nullable() })),
  visibility: z.enum(AGENDA_ITEM_VISIBILITIES),
  secrecyGround: z
    .string()
    .nullable()
    .describe(
      'a restricted item\'s legal ground ("31 kap. 16 § OSL"); the public version prints "Sekretess enligt …"',
    ),
  secrecyNote: z.string().nullable(),
  /** From a template's closing item ("Övriga frågor"): items added later land before it. */
  closing: z.boolean(),
  status: z.enum(AGENDA_ITEM_STATUSES),
  source: z.enum(AGENDA_ITEM_SOURCES),
  proposedBy: z.uuid().nullable(),
  proposer: z
    .object({ id: z.uuid(), name: z.string() })
    .nullable()
    .describe('who proposed the item, named for whoever may read the agenda; null when none or deleted'),
  decidedBy: z.uuid().nullable(),
  decidedAt: z.iso.datetime().nullable(),
  decisionReason: z.string().nullable(),
  carriedFromItemId: z.uuid().nullable(),
  movedToMeetingId: z.uuid().nullable(),
  /** On the follow-up item of a municipality's next meeting: its open actions and questions. */
  carriedOver: carriedOver.nullable(),
  /** The item's papers (handlingar), oldest first. */
  papers: z.array(paperView),
  version: z.number().int(),
});
export type AgendaItemView = z.infer<typeof agendaItemView>;

export const agendaView = z.object({
  meetingId: z.uuid(),
  templateId: z.uuid().nullable(),
  /** Rises with every change of what the agenda shows. */
  version: z.number().int(),
  publishedAt: z.iso.datetime().nullable(),
  sentVersion: z.number().int().nullable(),
  sentAt: z.iso.datetime().nullable(),
  proposalDeadline: z.iso.datetime().describe('proposals close at this instant'),
  proposalDeadlineDate: z.string().describe('the last local date for proposals'),
  proposalsOpen: z.boolean(),
  meetingMinutes: z.number().int(),
  totalMinutes: z.number().int(),
  warnings: z.array(z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() })),
  /** On the agenda, in order. */
  items: z.array(agendaItemView),
  /** Proposed and declined items. */
  proposals: z.array(agendaItemView),
  /** Open actions and questions when the agenda has no follow-up item to put them under. */
  unplacedCarriedOver: carriedOver.nullable(),
  /** What a paper upload takes: at most maxBytes (PAPER_MAX_MB), a file of one of these types. */
  paperUpload: z.object({
    maxBytes: z.number().int(),
    extensions: z.array(z.string()).describe('accepted file name extensions, e.g. pdf, docx, png'),
  }),
  deliveries: z
    .array(
      z.object({
        personId: z.uuid().nullable(),
        name: z.string().nullable(),
        address: z.string(),
        status: z.enum(['queued', 'sent', 'failed']),
        queuedAt: z.iso.datetime(),
        sentAt: z.iso.datetime().nullable(),
      }),
    )
    .nullable()
    .describe(
      "for the agenda's keepers: every agenda email (publication and each update) to each participant, oldest " +
        'first, with its delivery; null for everyone else',
    ),
  nextMeeting: z
    .object({ id: z.uuid(), title: z.string(), startAt: z.iso.datetime(), endAt: z.iso.datetime() })
    .nullable()
    .describe(
      "for the agenda's keepers: the meeting an item moved on (PATCH …/agenda-items/:id moveToNextMeeting) " +
        "lands on, the municipality's next planned or confirmed one; null when there is none (the move answers " +
        '409 AGENDA_NO_NEXT_MEETING) and for everyone else',
    ),
});
export type AgendaView = z.infer<typeof agendaView>;

export class AgendaResponse extends createZodDto('AgendaResponse', agendaView) {}
export class AgendaItemResponse extends createZodDto('AgendaItemResponse', agendaItemView) {}

export class CreateAgendaItemBody extends createZodDto(
  'CreateAgendaItemBody',
  z
    .strictObject({
      title,
      description: description.optional(),
      type: z.enum(AGENDA_ITEM_TYPES).default('discussion'),
      presenterPersonId: z.uuid().optional(),
      presenterParty: z.enum(PRESENTING_PARTIES).optional(),
      durationMinutes: duration.default(10),
      strategyAreaIds: strategyAreaIds.default([]),
      links: links.default([]),
      visibility: z.enum(AGENDA_ITEM_VISIBILITIES).default('public'),
      secrecyGround: secrecyGround.optional(),
      secrecyNote: secrecyNote.optional(),
      position: z
        .number()
        .int()
        .min(1)
        .optional()
        .describe('keepers of the agenda only; default: before the closing items (Övriga frågor)'),
    })
    .describe(
      "The agenda's keepers (admin, coordinators and secretaries of the two parties) add items directly; " +
        'other participants propose them until the proposal deadline.',
    ),
) {}
export type CreateAgendaItemInput = z.infer<typeof CreateAgendaItemBody.schema>;

export class UpdateAgendaItemBody extends createZodDto(
  'UpdateAgendaItemBody',
  z
    .strictObject({
      title: title.optional(),
      description: description.nullable().optional(),
      type: z.enum(AGENDA_ITEM_TYPES).optional(),
      presenterPersonId: z.uuid().nullable().optional(),
      presenterParty: z.enum(PRESENTING_PARTIES).nullable().optional(),
      durationMinutes: duration.optional(),
      strategyAreaIds: strategyAreaIds.optional(),
      links: links.optional(),
      visibility: z.enum(AGENDA_ITEM_VISIBILITIES).optional(),
      secrecyGround: secrecyGround.nullable().optional(),
      secrecyNote: secrecyNote.nullable().optional(),
      position: z.number().int().min(1).optional().describe('move the item to this place'),
      status: z
        .enum(['accepted', 'declined'])
        .optional()
        .describe('decide a proposal; the proposer is told by email'),
      reason: z
        .string()
        .trim()
        .min(1)
        .max(2000)
        .optional()
        .describe('why; required when declining; with moveToNextMeeting, the message to the proposer'),
      moveToNextMeeting: z
        .literal(true)
        .optional()
        .describe('carry the (unfinished) item over to the next meeting with the municipality'),
      version,
    })
    .superRefine((body, ctx) => {
      const keys = Object.keys(body).filter((key) => key !== 'version');
      if (keys.length === 0) ctx.addIssue({ code: 'custom', message: 'nothing to change' });
      if (body.status === 'declined' && !body.reason) {
        ctx.addIssue({ code: 'custom', path: ['reason'], message: 'a declined proposal needs a reason' });
      }
      if (body.reason !== undefined && body.status === undefined && !body.moveToNextMeeting) {
        ctx.addIssue({ code: 'custom', path: ['reason'], message: 'a reason goes with a status' });
      }
      if (body.moveToNextMeeting && keys.some((key) => key !== 'moveToNextMeeting' && key !== 'reason')) {
        ctx.addIssue({
          code: 'custom',
          path: ['moveToNextMeeting'],
          message: 'moving to the next meeting is a change of its own',
        });
      }
    }),
) {}
export type UpdateAgendaItemInput = z.infer<typeof UpdateAgendaItemBody.schema>;

export class MoveAgendaItemBody extends createZodDto(
  'MoveAgendaItemBody',
  z
    .strictObject({
      number: z
        .number()
        .int()
        .min(1)
        .describe(
          "the item's new number among the items on the agenda (1 is first); closing items stay last",
        ),
      agendaVersion: z
        .number()
        .int()
        .min(1)
        .describe("the agenda's version the move was made on: 409 AGENDA_VERSION_CONFLICT unless it matches"),
    })
    .describe('Moves one item on the agenda to a new place in one request.'),
) {}
export type MoveAgendaItemInput = z.infer<typeof MoveAgendaItemBody.schema>;

export class ApplyAgendaTemplateBody extends createZodDto(
  'ApplyAgendaTemplateBody',
  z
    .strictObject({
      templateId: z.uuid(),
      agendaVersion: z
        .number()
        .int()
        .min(1)
        .optional()
        .describe('when given, 409 AGENDA_VERSION_CONFLICT unless the agenda is still at this version'),
    })
    .describe(
      "Adds the template's items that the agenda lacks (by title): its other items before the agenda's " +
        'closing items, its closing items last.',
    ),
) {}
export type ApplyAgendaTemplateInput = z.infer<typeof ApplyAgendaTemplateBody.schema>;
