import { z } from 'zod';
import { changingSomething, versionToMatch } from '../common/validation/update-body.js';
import { createZodDto, pagination, paginated } from '../common/validation/zod-dto.js';
import { ACTION_EVENT_KINDS, ACTION_STATUSES } from './action.entity.js';

const title = z.string().trim().min(1).max(300);
const description = z.string().trim().min(1).max(10_000);
const comment = z.string().trim().min(1).max(5_000);
/** A local date; the calendar must know it (no 2026-02-30). */
export const localDate = z.iso.date();
const strategyAreaIds = z.array(z.uuid()).max(20);

export const actionEventView = z.object({
  id: z.uuid(),
  kind: z.enum(ACTION_EVENT_KINDS),
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
  comment: z.string().nullable(),
  occurredAt: z.iso.datetime(),
});
export type ActionEventView = z.infer<typeof actionEventView>;

export const actionView = z.object({
  id: z.uuid(),
  regionId: z.uuid(),
  title: z.string(),
  description: z.string().nullable(),
  owner: z.object({
    personId: z.uuid(),
    name: z.string().nullable(),
    organizationId: z.uuid(),
    organizationName: z.string().nullable(),
  }),
  dueDate: z.string(),
  status: z.enum(ACTION_STATUSES),
  /** Open (or in progress) and its due date has passed, in the business time zone. */
  overdue: z.boolean(),
  meetingId: z.uuid().nullable(),
  agendaItemId: z.uuid().nullable(),
  strategyAreas: z.array(z.object({ id: z.uuid(), name: z.string() })),
  createdBy: z.uuid().nullable(),
  closedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
});
export type ActionView = z.infer<typeof actionView>;

export const actionDetailView = actionView.extend({ history: z.array(actionEventView) });
export type ActionDetailView = z.infer<typeof actionDetailView>;

export class ActionResponse extends createZodDto('ActionResponse', actionDetailView) {}
export class ActionPageResponse extends createZodDto('ActionPageResponse', paginated(actionView)) {}

export class CreateActionBody extends createZodDto(
  'CreateActionBody',
  z
    .strictObject({
      title,
      description: description.optional(),
      ownerPersonId: z.uuid(),
      ownerOrganizationId: z.uuid().describe('the owner must belong to it'),
      dueDate: localDate,
      status: z.enum(['open', 'in_progress']).optional(),
      strategyAreaIds: strategyAreaIds.default([]),
      meetingId: z.uuid().optional(),
      agendaItemId: z.uuid().optional().describe('needs meetingId'),
      comment: comment.optional(),
    })
    .refine((body) => !body.agendaItemId || body.meetingId, {
      path: ['meetingId'],
      message: 'an agenda item link needs its meeting',
    }),
) {}
export type CreateActionInput = z.infer<typeof CreateActionBody.schema>;

export class UpdateActionBody extends createZodDto(
  'UpdateActionBody',
  changingSomething(
    z.strictObject({
      title: title.optional(),
      description: description.nullable().optional(),
      ownerPersonId: z.uuid().optional(),
      ownerOrganizationId: z.uuid().optional(),
      dueDate: localDate.optional(),
      status: z
        .enum(['open', 'in_progress', 'done', 'cancelled'])
        .optional()
        .describe('a proposed action becomes open only when its minutes lock'),
      strategyAreaIds: strategyAreaIds.optional(),
      meetingId: z.uuid().nullable().optional(),
      agendaItemId: z.uuid().nullable().optional(),
      comment: comment.optional().describe('kept in the history with the change, or alone'),
      version: versionToMatch(),
    }),
  ),
) {}
export type UpdateActionInput = z.infer<typeof UpdateActionBody.schema>;

const booleanQuery = z.enum(['true', 'false']).transform((value) => value === 'true');

export class ListActionsQuery extends createZodDto(
  'ListActionsQuery',
  z.strictObject({
    organizationId: z.uuid().optional().describe('owner organization'),
    ownerPersonId: z.uuid().optional(),
    meetingId: z.uuid().optional(),
    status: z
      .preprocess(
        (value) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value),
        z.array(z.enum(ACTION_STATUSES)).min(1),
      )
      .optional()
      .describe('one status or several, comma-separated'),
    overdue: booleanQuery.optional().describe('true: open and past the due date; false: not overdue'),
    dueBefore: localDate.optional().describe('due strictly before this local date'),
    dueFrom: localDate.optional().describe('due on or after this local date'),
    strategyAreaId: z.uuid().optional(),
    ...pagination,
  }),
) {}
export type ActionFilter = z.infer<typeof ListActionsQuery.schema>;
