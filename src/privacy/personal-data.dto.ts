import { z } from 'zod';
import { createZodDto } from '../common/validation/zod-dto.js';

const instant = z.iso.datetime();
const when = instant.nullable();

/**
 * Everything Samverkan holds about one person (GDPR articles 15 and 20), section by section. Secrets are
 * never part of it: no password hash, no token or its hash, no email body (only what was sent, when and how).
 */
export const personalDataView = z.object({
  generatedAt: instant,
  person: z.object({
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    title: z.string().nullable(),
    phone: z.string().nullable(),
    locale: z.string(),
    roles: z.array(z.string()),
    loginEnabled: z.boolean(),
    hasPassword: z.boolean(),
    organization: z.object({ id: z.uuid(), name: z.string() }),
    createdAt: instant,
    updatedAt: instant,
    deletedAt: when,
  }),
  meetings: z
    .array(
      z.object({
        meetingId: z.uuid(),
        title: z.string(),
        startAt: instant,
        endAt: instant,
        status: z.string(),
        role: z.string().nullable().describe('null when they only created the meeting'),
        answer: z.string().nullable(),
        answeredAt: when,
        answerComment: z.string().nullable(),
        addedAt: when,
        removedAt: when,
        invitationSentAt: when,
        createdByThem: z.boolean(),
      }),
    )
    .describe('meetings they take or took part in, with their answer; and those they created'),
  agreements: z
    .array(
      z.object({
        agreementId: z.uuid(),
        organization: z.string(),
        version: z.number(),
        as: z.array(z.string()),
      }),
    )
    .describe('agreement versions naming them (default participant, adjuster) or created by them'),
  rounds: z
    .array(z.object({ roundId: z.uuid(), name: z.string(), as: z.array(z.string()) }))
    .describe(
      'rounds with them in the regional team or a municipality’s participants, created or confirmed by them',
    ),
  actions: z.array(
    z.object({
      actionId: z.uuid(),
      title: z.string(),
      status: z.string(),
      dueDate: z.string(),
      as: z.array(z.string()),
    }),
  ),
  questions: z.array(
    z.object({ questionId: z.uuid(), title: z.string(), status: z.string(), as: z.array(z.string()) }),
  ),
  events: z
    .array(
      z.object({
        kind: z.enum(['action', 'question']),
        subjectId: z.uuid(),
        event: z.string(),
        comment: z.string().nullable(),
        occurredAt: instant,
      }),
    )
    .describe('status changes and comments they wrote on actions and questions'),
  agendaItems: z.array(
    z.object({
      itemId: z.uuid(),
      meetingId: z.uuid(),
      title: z.string(),
      status: z.string(),
      as: z.array(z.string()),
    }),
  ),
  agendas: z.array(z.object({ meetingId: z.uuid(), publishedAt: when })).describe('agendas they published'),
  agendaTemplates: z
    .array(z.object({ templateId: z.uuid(), name: z.string() }))
    .describe('templates they created'),
  papers: z
    .array(z.object({ paperId: z.uuid(), meetingId: z.uuid(), name: z.string(), uploadedAt: instant }))
    .describe('meeting papers (files) they uploaded: name and time, not the content'),
  minutes: z
    .array(
      z.object({
        meetingId: z.uuid(),
        title: z.string(),
        status: z.string(),
        as: z.array(z.string()),
      }),
    )
    .describe(
      'minutes where they are recorded (attendance, action owner), submitted them or wrote a revision',
    ),
  adjusterDecisions: z.array(
    z.object({
      meetingId: z.uuid(),
      party: z.string(),
      decision: z.string().nullable(),
      comment: z.string().nullable(),
      decidedAt: when,
    }),
  ),
  emails: z
    .array(
      z.object({
        template: z.string(),
        subject: z.string(),
        toAddress: z.string(),
        status: z.string(),
        createdAt: instant,
        sentAt: when,
      }),
    )
    .describe('emails sent to them: metadata only, not the text'),
  actionDigests: z.array(
    z.object({ kind: z.string(), isoWeek: z.string(), actionCount: z.number(), sentAt: when }),
  ),
  sessions: z
    .array(z.object({ createdAt: instant, lastSeenAt: when, expiresAt: instant }))
    .describe('browser sessions (signed-in periods), without their tokens'),
  identities: z
    .array(
      z.object({
        provider: z.string(),
        subject: z.string().describe("the person's id at the identity provider"),
        linkedAt: instant,
        lastSignInAt: instant,
        revokedAt: when,
      }),
    )
    .describe('accounts at identity providers (single sign-on) linked to the person'),
  passwordLinks: z.array(
    z.object({ purpose: z.string(), createdAt: instant, expiresAt: instant, usedAt: when }),
  ),
  calendarFeeds: z.array(
    z.object({
      kind: z.string(),
      createdAt: instant,
      revokedAt: when,
      lastUsedAt: when,
      as: z.array(z.string()),
    }),
  ),
  auditEntries: z
    .array(
      z.object({
        occurredAt: instant,
        action: z.string(),
        entityType: z.string(),
        entityId: z.string(),
        as: z.enum(['actor', 'subject']),
        before: z.record(z.string(), z.unknown()).nullable().describe('for entries about their own record'),
        after: z.record(z.string(), z.unknown()).nullable().describe('for entries about their own record'),
      }),
    )
    .describe('audit entries of what they did, and of changes to their own record'),
});
export type PersonalDataView = z.infer<typeof personalDataView>;

export class PersonalDataResponse extends createZodDto('PersonalDataResponse', personalDataView) {}

export class ErasePersonBody extends createZodDto(
  'ErasePersonBody',
  z.strictObject({
    reason: z
      .string()
      .trim()
      .min(3)
      .max(500)
      .describe('why the data is erased (e.g. the request and its date); kept in the audit log'),
  }),
) {}

export const erasureView = z.object({
  sessions: z.number().int(),
  identities: z.number().int(),
  passwordLinks: z.number().int(),
  calendarFeeds: z.number().int(),
  proposalLinks: z.number().int(),
  rsvpLinks: z.number().int(),
  approvalLinks: z.number().int(),
  emailBodies: z.number().int(),
  draftMinutes: z.number().int(),
  auditEntries: z.number().int(),
});
export class ErasureResponse extends createZodDto('ErasureResponse', erasureView) {}

const guestEmail = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email().max(254))
  .describe('the address the guest was invited with (any case)');

export class GuestEmailBody extends createZodDto('GuestEmailBody', z.strictObject({ email: guestEmail })) {}

export class EraseGuestBody extends createZodDto(
  'EraseGuestBody',
  z.strictObject({ email: guestEmail, reason: ErasePersonBody.schema.shape.reason }),
) {}

/**
 * What Samverkan holds about a guest (issue 17), found by the email they were invited with: one record per
 * meeting they were a guest of (a guest is known to one meeting only), each with the sections of a person's
 * export. Empty when nothing is held (or it was erased).
 */
export const guestPersonalDataView = z.object({
  generatedAt: instant,
  email: z.string(),
  guests: z
    .array(personalDataView.omit({ generatedAt: true }))
    .describe('one per meeting the address was a guest of, earliest meeting first'),
});
export type GuestPersonalDataView = z.infer<typeof guestPersonalDataView>;
export class GuestPersonalDataResponse extends createZodDto(
  'GuestPersonalDataResponse',
  guestPersonalDataView,
) {}

export const guestErasureView = erasureView.extend({
  guests: z.number().int().describe('guest records erased: one per meeting the address was a guest of'),
});
export type GuestErasureView = z.infer<typeof guestErasureView>;
export class GuestErasureResponse extends createZodDto('GuestErasureResponse', guestErasureView) {}
