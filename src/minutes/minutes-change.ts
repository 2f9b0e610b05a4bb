import { z } from 'zod';
import { ATTENDANCE_STATUSES } from './minutes.entity.js';

export const MINUTES_ACTION_FIELDS = [
  'title',
  'description',
  'ownerPersonId',
  'ownerOrganizationId',
  'dueDate',
  'agendaItemId',
  'strategyAreaIds',
] as const;

const status = z.enum(ATTENDANCE_STATUSES);

/**
 * One change a revision made, as data (kind and the item, person, guest or action it concerns) so that each
 * reader words it in their own language. `text` is a line stored in English before changes were data.
 */
export const minutesChange = z.discriminatedUnion('kind', [
  z.object({
    kind: z.enum(['notes_added', 'notes_changed', 'notes_removed', 'item_removed']),
    itemTitle: z.string(),
  }),
  z.object({
    kind: z.literal('decisions_changed'),
    itemTitle: z.string(),
    added: z.number().int(),
    removed: z.number().int().describe('both 0: only reordered'),
  }),
  z.object({
    kind: z.literal('secrecy_changed'),
    itemTitle: z.string(),
    ground: z.string().nullable().describe('the ground it is restricted on now; null: public'),
  }),
  z.object({ kind: z.literal('attendance_recorded'), personName: z.string(), status }),
  z.object({ kind: z.literal('attendance_changed'), personName: z.string(), from: status, to: status }),
  z.object({ kind: z.literal('attendance_removed'), personName: z.string() }),
  z.object({ kind: z.enum(['guest_added', 'guest_removed']), guestName: z.string() }),
  z.object({ kind: z.enum(['action_added', 'action_removed']), actionTitle: z.string() }),
  z.object({
    kind: z.literal('action_changed'),
    actionTitle: z.string(),
    fields: z.array(z.enum(MINUTES_ACTION_FIELDS)),
  }),
  z.object({
    kind: z.literal('submitted'),
    adjusterNames: z.array(z.string()),
    deadlineAt: z.iso.datetime(),
  }),
  z.object({ kind: z.literal('locked'), review: z.number().int(), actionsCreated: z.number().int() }),
  z.object({ kind: z.literal('text'), text: z.string() }),
]);
export type MinutesChange = z.infer<typeof minutesChange>;

/** A stored change as the API shows it: a line stored as text before changes were data stays text. */
export function toMinutesChange(stored: MinutesChange | string): MinutesChange {
  return typeof stored === 'string' ? { kind: 'text', text: stored } : stored;
}

/** An item's text an edit changed, before and after (null: none), for a readable difference. */
export const minutesTextChange = z.object({
  itemTitle: z.string(),
  field: z.enum(['notes', 'decisions']).describe('decisions: one a line'),
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export type MinutesTextChange = z.infer<typeof minutesTextChange>;
