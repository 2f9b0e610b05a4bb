import { z } from 'zod';
import { createZodDto } from '../common/validation/zod-dto.js';
import { PARTICIPANT_ROLES, PARTSTATS } from '../meeting/meeting.entity.js';
import { LOCALES } from '../person/person.entity.js';
import { INVITATION_METHODS } from './invitation.entity.js';

export const RSVP_ANSWERS = ['ACCEPTED', 'TENTATIVE', 'DECLINED'] as const;
export type RsvpAnswer = (typeof RSVP_ANSWERS)[number];
export const RESPONSE_SOURCES = ['link', 'email', 'api'] as const;
export type ResponseSource = (typeof RESPONSE_SOURCES)[number];
export const COMMENT_MAX_LENGTH = 1000;

/** What InvitationService.recordResponse accepts (RSVP link, iMIP REPLY listener, API). */
export interface RecordResponseInput {
  meetingId?: string;
  uid?: string;
  personId?: string;
  /** Matched case-insensitively against the participants' addresses. */
  attendeeEmail?: string;
  partstat: RsvpAnswer;
  comment?: string;
  source: ResponseSource;
  /** SEQUENCE the answer refers to (iMIP REPLY); an older one than the meeting's is stale. */
  sequence?: number;
}

export type RecordResponseStatus = 'updated' | 'unchanged' | 'unknown-meeting' | 'not-invited' | 'stale';

export const DELIVERY_STATES = ['pending', 'queued', 'sent', 'failed'] as const;

const personRef = z.object({ id: z.uuid(), name: z.string() });

export const invitationView = z.object({
  person: personRef,
  role: z.enum(PARTICIPANT_ROLES),
  /** Taken off the meeting (they were sent a CANCEL), or the person was deleted. */
  removed: z.boolean(),
  partstat: z.enum(PARTSTATS),
  respondedAt: z.iso.datetime().nullable(),
  comment: z.string().nullable(),
  /** The colleague this participant sent in their place (partstat DELEGATED); null otherwise. */
  delegatedTo: personRef.nullable(),
  /** Whom this participant stands in for (a substitute); null otherwise. */
  delegatedFrom: personRef.nullable(),
  /** SEQUENCE and METHOD of the last calendar message rendered for this person; null before the first. */
  sequenceSent: z.number().int().nullable(),
  methodSent: z.enum(INVITATION_METHODS).nullable(),
  delivery: z.object({
    /** pending: nothing rendered yet (changes are debounced); otherwise the state of the last email. */
    state: z.enum(DELIVERY_STATES),
    /** Why the last email failed (SMTP answer), or why it was withdrawn. */
    reason: z.string().nullable(),
    emailId: z.uuid().nullable(),
    queuedAt: z.iso.datetime().nullable(),
    sentAt: z.iso.datetime().nullable(),
  }),
});
export type InvitationView = z.infer<typeof invitationView>;

export const meetingInvitationsView = z.object({
  meetingId: z.uuid(),
  uid: z.string(),
  sequence: z.number().int(),
  status: z.string(),
  items: z.array(invitationView),
});
export type MeetingInvitationsView = z.infer<typeof meetingInvitationsView>;

export class MeetingInvitationsResponse extends createZodDto(
  'MeetingInvitationsResponse',
  meetingInvitationsView,
) {}

export const substituteCandidate = z.object({
  id: z.uuid(),
  name: z.string(),
  /** Named as a standing substitute by the agreement of the meeting's municipality. */
  standing: z.boolean(),
});
export type SubstituteCandidate = z.infer<typeof substituteCandidate>;

export class SubstituteCandidatesResponse extends createZodDto(
  'SubstituteCandidatesResponse',
  z.object({ items: z.array(substituteCandidate) }),
) {}

export const rsvpView = z.object({
  locale: z.enum(LOCALES),
  person: z.object({ name: z.string() }),
  meeting: z.object({
    title: z.string(),
    status: z.string(),
    startAt: z.iso.datetime(),
    endAt: z.iso.datetime(),
    timeZone: z.string(),
    /** The time in words, in the business zone and the person's language. */
    when: z.string(),
    location: z.string().nullable(),
    videoUrl: z.string().nullable(),
    organizations: z.array(z.string()),
    /** The meeting's page in the web app (after sign-in). */
    url: z.string(),
    agendaUrl: z.string(),
  }),
  partstat: z.enum(PARTSTATS),
  comment: z.string().nullable(),
  respondedAt: z.iso.datetime().nullable(),
  /** The colleague sent in the person's place (partstat DELEGATED); null otherwise. */
  delegatedTo: z.object({ name: z.string() }).nullable(),
  /** Whom the person stands in for, when they are a substitute. */
  delegatedFrom: z.object({ name: z.string() }).nullable(),
  /** Colleagues who may be sent instead: the agreement's standing substitutes first (`standing`). */
  substitutes: z.array(substituteCandidate),
});
export type RsvpView = z.infer<typeof rsvpView>;

export class RsvpResponse extends createZodDto('RsvpResponse', rsvpView) {}

export class RsvpResultResponse extends createZodDto(
  'RsvpResultResponse',
  z.object({ status: z.enum(['updated', 'unchanged']), rsvp: rsvpView }),
) {}

/** POST /rsvp/:token, from the page's form (application/x-www-form-urlencoded) or as JSON. */
export class RsvpAnswerBody extends createZodDto(
  'RsvpAnswerBody',
  z.object({
    partstat: z.preprocess(
      (value) => (typeof value === 'string' ? value.trim().toUpperCase() : value),
      z.enum(RSVP_ANSWERS),
    ),
    comment: z.preprocess(
      (value) => (typeof value === 'string' ? value.trim() || undefined : value),
      z.string().max(COMMENT_MAX_LENGTH).optional(),
    ),
  }),
) {}
export type RsvpAnswerInput = z.infer<typeof RsvpAnswerBody.schema>;

/** POST /api/meetings/:id/rsvp: the signed-in participant's own answer. */
export class MeetingRsvpBody extends createZodDto(
  'MeetingRsvpBody',
  z.strictObject({
    partstat: z.enum(RSVP_ANSWERS),
    comment: z
      .string()
      .trim()
      .max(COMMENT_MAX_LENGTH)
      .optional()
      .describe('left out or empty: no comment (as on the RSVP page)'),
  }),
) {}
export type MeetingRsvpInput = z.infer<typeof MeetingRsvpBody.schema>;

export class MeetingRsvpResponse extends createZodDto(
  'MeetingRsvpResponse',
  z.object({ status: z.enum(['updated', 'unchanged']), invitation: invitationView }),
) {}
export type MeetingRsvpView = z.infer<typeof MeetingRsvpResponse.schema>;

export class RsvpTokenParam extends createZodDto(
  'RsvpTokenParam',
  z.strictObject({ token: z.string().min(1).max(200) }),
) {}

const substituteComment = z
  .string()
  .trim()
  .max(COMMENT_MAX_LENGTH)
  .optional()
  .describe('a note to the organizer; left out or empty: none');

/** POST /api/meetings/:id/substitute: the signed-in participant sends a colleague in their place. */
export class SendSubstituteBody extends createZodDto(
  'SendSubstituteBody',
  z.strictObject({
    personId: z.uuid().describe('an active colleague of the same organization, not already taking part'),
    comment: substituteComment,
  }),
) {}
export type SendSubstituteInput = z.infer<typeof SendSubstituteBody.schema>;

/** POST /rsvp/:token/substitute, from the page's form or as JSON. */
export class RsvpSubstituteBody extends createZodDto(
  'RsvpSubstituteBody',
  z.object({
    personId: z.uuid().describe('an active colleague of the same organization, not already taking part'),
    comment: z.preprocess(
      (value) => (typeof value === 'string' ? value.trim() || undefined : value),
      z.string().max(COMMENT_MAX_LENGTH).optional(),
    ),
  }),
) {}
export type RsvpSubstituteInput = z.infer<typeof RsvpSubstituteBody.schema>;
