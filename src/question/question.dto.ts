import { z } from 'zod';
import { changingSomething, versionToMatch } from '../common/validation/update-body.js';
import { createZodDto, pagination, paginated } from '../common/validation/zod-dto.js';
import { QUESTION_EVENT_KINDS, QUESTION_OWNER_KINDS, QUESTION_STATUSES } from './question.entity.js';

const title = z.string().trim().min(1).max(300);
const description = z.string().trim().min(1).max(10_000);
const ids = z.array(z.uuid()).max(100);
const comment = z.string().trim().min(1).max(5_000);

/** Who owns the question: an organization (the region or a municipality) or a named outside actor. */
const owner = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('organization'), organizationId: z.uuid() }),
  z.strictObject({ kind: z.literal('external'), name: z.string().trim().min(1).max(200) }),
]);

export const questionView = z.object({
  id: z.uuid(),
  regionId: z.uuid(),
  title: z.string(),
  description: z.string().nullable(),
  owner: z.object({
    kind: z.enum(QUESTION_OWNER_KINDS),
    organizationId: z.uuid().nullable(),
    /** The organization's name, or the outside actor's. */
    name: z.string(),
  }),
  responsiblePerson: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  status: z.enum(QUESTION_STATUSES),
  /** The organizations it is raised with that the caller may see. */
  organizations: z.array(z.object({ id: z.uuid(), name: z.string() })),
  meetingIds: z.array(z.uuid()),
  agendaItemIds: z.array(z.uuid()),
  /** The linked meetings the caller may see, with their start, earliest first. */
  meetings: z.array(z.object({ id: z.uuid(), startAt: z.iso.datetime() })),
  /** The linked agenda items the caller may see, with their meeting (for a link to its agenda). */
  agendaItems: z.array(z.object({ id: z.uuid(), meetingId: z.uuid(), title: z.string() })),
  actionIds: z.array(z.uuid()),
  strategyAreas: z.array(z.object({ id: z.uuid(), name: z.string() })),
  createdBy: z.uuid().nullable(),
  closedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
});
export type QuestionView = z.infer<typeof questionView>;

export const questionEventView = z.object({
  id: z.uuid(),
  kind: z.enum(QUESTION_EVENT_KINDS),
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
  comment: z.string().nullable(),
  occurredAt: z.iso.datetime(),
});
export type QuestionEventView = z.infer<typeof questionEventView>;

/** One question with its history (the list leaves the history out). */
export const questionDetailView = questionView.extend({ history: z.array(questionEventView) });
export type QuestionDetailView = z.infer<typeof questionDetailView>;

export class QuestionResponse extends createZodDto('QuestionResponse', questionDetailView) {}
export class QuestionPageResponse extends createZodDto('QuestionPageResponse', paginated(questionView)) {}

export class CreateQuestionBody extends createZodDto(
  'CreateQuestionBody',
  z.strictObject({
    title,
    description: description.optional(),
    owner,
    responsiblePersonId: z.uuid().optional(),
    status: z.enum(QUESTION_STATUSES).optional(),
    organizationIds: ids
      .default([])
      .describe(
        "the municipalities it is raised with; an owning municipality and the caller's own are added",
      ),
    meetingIds: ids.default([]),
    agendaItemIds: ids.default([]),
    actionIds: ids.default([]),
    strategyAreaIds: ids.default([]),
  }),
) {}
export type CreateQuestionInput = z.infer<typeof CreateQuestionBody.schema>;

export class UpdateQuestionBody extends createZodDto(
  'UpdateQuestionBody',
  changingSomething(
    z.strictObject({
      title: title.optional(),
      description: description.nullable().optional(),
      owner: owner.optional(),
      responsiblePersonId: z.uuid().nullable().optional(),
      status: z.enum(QUESTION_STATUSES).optional(),
      organizationIds: ids.optional().describe('replaces the set (region staff and admins only)'),
      meetingIds: ids.optional(),
      agendaItemIds: ids.optional(),
      actionIds: ids.optional(),
      strategyAreaIds: ids.optional(),
      comment: comment.optional().describe('kept in the history with the change, or alone'),
      version: versionToMatch(),
    }),
  ),
) {}
export type UpdateQuestionInput = z.infer<typeof UpdateQuestionBody.schema>;

export class ListQuestionsQuery extends createZodDto(
  'ListQuestionsQuery',
  z.strictObject({
    organizationId: z.uuid().optional().describe('raised with this organization'),
    status: z
      .preprocess(
        (value) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value),
        z.array(z.enum(QUESTION_STATUSES)).min(1),
      )
      .optional()
      .describe('one status or several, comma-separated'),
    ownerKind: z.enum(QUESTION_OWNER_KINDS).optional(),
    ownerOrganizationId: z.uuid().optional(),
    responsiblePersonId: z.uuid().optional().describe('the responsible person (e.g. the caller: "mine")'),
    meetingId: z.uuid().optional(),
    strategyAreaId: z.uuid().optional(),
    ...pagination,
  }),
) {}
export type QuestionFilter = z.infer<typeof ListQuestionsQuery.schema>;
