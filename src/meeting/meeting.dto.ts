import { z } from 'zod';
import { caseNumber } from '../common/validation/case-number.js';
import { changingSomething, versionToMatch } from '../common/validation/update-body.js';
import { createZodDto, pagination, paginated } from '../common/validation/zod-dto.js';
import { MINUTES_STATUSES } from '../minutes/minutes.entity.js';
import { LOCALES } from '../person/person.entity.js';
import { MEETING_MODES, MEETING_STATUSES, PARTICIPANT_ROLES, PARTSTATS } from './meeting.entity.js';

/** The minutes filter of the list: a status of the meeting's minutes, or `none` (none written yet). */
export const MEETING_MINUTES_FILTERS = ['none', ...MINUTES_STATUSES] as const;

/** ISO 8601 with an offset or Z: a local time without one would mean whatever the server's zone says. */
const instant = z.iso
  .datetime({ offset: true })
  .describe('ISO 8601 date-time with an offset or Z, e.g. 2026-03-30T10:00:00+02:00');
const title = z.string().trim().min(1).max(300);
const description = z.string().trim().min(1).max(10_000);
const address = z.string().trim().min(1).max(500);
const videoUrl = z
  .url({ protocol: /^https?$/ })
  .max(2000)
  .describe('http(s) link to the video meeting');
const participants = z
  .array(
    z.strictObject({
      personId: z.uuid(),
      role: z.enum(PARTICIPANT_ROLES).default('required'),
    }),
  )
  .max(200)
  .refine((list) => new Set(list.map((entry) => entry.personId)).size === list.length, {
    message: 'a person is listed twice',
  });
const organizationIds = z
  .array(z.uuid())
  .min(1)
  .max(50)
  .refine((list) => new Set(list).size === list.length, { message: 'an organization is listed twice' });
const version = versionToMatch('the change fails with 409 MEETING_VERSION_CONFLICT unless it matches');

export const meetingParticipantView = z.object({
  personId: z.uuid(),
  /** Null when the person has been deleted since. */
  name: z.string().nullable(),
  email: z.string().nullable(),
  /** Null when the person has been deleted since, and for a guest (who belongs to no organization). */
  organizationId: z.uuid().nullable(),
  guest: z.boolean().describe('invited by name and email to this meeting only (no account)'),
  role: z.enum(PARTICIPANT_ROLES),
  partstat: z.enum(PARTSTATS),
  respondedAt: z.iso.datetime().nullable(),
  /** The colleague sent in this participant's place (partstat DELEGATED); null otherwise. */
  delegatedToPersonId: z.uuid().nullable(),
  /** Whom this participant stands in for (a substitute); null otherwise. */
  delegatedFromPersonId: z.uuid().nullable(),
});
export type MeetingParticipantView = z.infer<typeof meetingParticipantView>;

export const meetingView = z.object({
  id: z.uuid(),
  uid: z.string(),
  sequence: z.number().int(),
  regionId: z.uuid(),
  roundId: z.uuid().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  status: z.enum(MEETING_STATUSES),
  mode: z.enum(MEETING_MODES),
  locationAddress: z.string().nullable(),
  videoUrl: z.string().nullable(),
  cancelReason: z.string().nullable(),
  caseNumber: z
    .string()
    .nullable()
    .describe('diarienummer in the region’s registry, printed on the agenda and the minutes'),
  /** UTC. */
  startAt: z.iso.datetime(),
  endAt: z.iso.datetime(),
  /** The same instants as wall-clock time in `timeZone`, with its offset. */
  startLocal: z.string(),
  endLocal: z.string(),
  timeZone: z.string(),
  organizations: z.array(z.object({ id: z.uuid(), name: z.string() })),
  participants: z.array(meetingParticipantView),
  createdBy: z.uuid().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
});
export type MeetingView = z.infer<typeof meetingView>;

export class MeetingResponse extends createZodDto('MeetingResponse', meetingView) {}
export class MeetingPageResponse extends createZodDto('MeetingPageResponse', paginated(meetingView)) {}

export class CreateMeetingBody extends createZodDto(
  'CreateMeetingBody',
  z.strictObject({
    title,
    description: description.optional(),
    start: instant,
    end: instant,
    mode: z.enum(MEETING_MODES).default('digital'),
    locationAddress: address.optional(),
    videoUrl: videoUrl.optional(),
    organizationIds: organizationIds.describe('municipalities of your region'),
    participants: participants.default([]),
    status: z.enum(['planned', 'confirmed']).default('planned'),
    caseNumber: caseNumber.optional(),
  }),
) {}
export type CreateMeetingInput = z.infer<typeof CreateMeetingBody.schema>;

export class UpdateMeetingBody extends createZodDto(
  'UpdateMeetingBody',
  changingSomething(
    z.strictObject({
      title: title.optional(),
      description: description.nullable().optional(),
      start: instant.optional(),
      end: instant.optional(),
      mode: z.enum(MEETING_MODES).optional(),
      locationAddress: address.nullable().optional(),
      videoUrl: videoUrl.nullable().optional(),
      organizationIds: organizationIds.optional(),
      participants: participants.optional().describe('the full list; people left out are removed'),
      status: z
        .enum(['planned', 'confirmed', 'held'])
        .optional()
        .describe('planned → confirmed → held (held only after the end); cancel with POST …/cancel'),
      caseNumber: caseNumber
        .nullable()
        .optional()
        .describe('diarienummer; may be set on a held meeting too (alone in the body); null removes it'),
      version,
    }),
  ),
) {}
export type UpdateMeetingInput = z.infer<typeof UpdateMeetingBody.schema>;

export class CancelMeetingBody extends createZodDto(
  'CancelMeetingBody',
  z.strictObject({
    reason: z.string().trim().min(1).max(2000),
    version,
  }),
) {}
export type CancelMeetingInput = z.infer<typeof CancelMeetingBody.schema>;

export class AddMeetingGuestBody extends createZodDto(
  'AddMeetingGuestBody',
  z.strictObject({
    name: z.string().trim().min(1).max(200),
    email: z.string().trim().toLowerCase().pipe(z.email().max(254)),
    role: z.enum(PARTICIPANT_ROLES).default('optional'),
    locale: z.enum(LOCALES).default('sv').describe('the language of the invitation and the minutes'),
    version,
  }),
) {}
export type AddMeetingGuestInput = z.infer<typeof AddMeetingGuestBody.schema>;

export class ListMeetingsQuery extends createZodDto(
  'ListMeetingsQuery',
  z
    .strictObject({
      organizationId: z.uuid().optional(),
      from: instant.optional().describe('meetings that end after this instant'),
      to: instant.optional().describe('meetings that start before this instant'),
      status: z.enum(MEETING_STATUSES).optional(),
      minutes: z
        .enum(MEETING_MINUTES_FILTERS)
        .optional()
        .describe(
          'meetings whose minutes have this status: in_review (submitted, awaiting approval: what the ' +
            'overview counts as minutes awaiting approval), draft, returned, locked (approved); none: no minutes yet',
        ),
      participant: z
        .union([z.literal('me'), z.uuid()])
        .optional()
        .describe(
          'meetings this person takes part in (not removed): `me`, or a person id (the region’s staff only)',
        ),
      ...pagination,
    })
    .refine((query) => !query.from || !query.to || Date.parse(query.from) < Date.parse(query.to), {
      message: 'from must be before to',
      path: ['to'],
    }),
) {}
export type MeetingFilter = z.infer<typeof ListMeetingsQuery.schema>;
