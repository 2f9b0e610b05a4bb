import { z } from 'zod';
import { createZodDto } from '../common/validation/zod-dto.js';
import { MEETING_MODES } from '../meeting/meeting.entity.js';
import { parseCadence } from './agreement-cadence.js';
import { CADENCE_KINDS, EXPECTATION_METRICS, PARTIES } from './agreement.entity.js';

const localDate = z.iso.date().describe('local date YYYY-MM-DD');
const MAX_BLOCKED_RANGE_DAYS = 366;
const DAY = 86_400_000;

const cadence = z
  .string()
  .trim()
  .min(2)
  .max(500)
  .superRefine((text, ctx) => {
    const parsed = parseCadence(text);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message });
  })
  .describe('ISO 8601 duration (P3M, P6W) or RRULE without DTSTART (FREQ=MONTHLY;INTERVAL=3)');

const blockedDateRange = z
  .strictObject({
    from: localDate,
    to: localDate.optional().describe('default: the same day'),
    note: z.string().trim().min(1).max(200).optional(),
  })
  .superRefine((range, ctx) => {
    if (range.to === undefined) return;
    const days = (Date.parse(range.to) - Date.parse(range.from)) / DAY;
    if (days < 0) ctx.addIssue({ code: 'custom', path: ['to'], message: 'to must not be before from' });
    if (days >= MAX_BLOCKED_RANGE_DAYS) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'a range spans at most a year' });
    }
  });

const personIds = z
  .array(z.uuid())
  .max(100)
  .refine((list) => new Set(list).size === list.length, { message: 'a person is listed twice' });

export const agreementView = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  version: z.number().int(),
  /** Whether this is the newest version, the one that applies. */
  current: z.boolean(),
  cadence: z.string(),
  cadenceKind: z.enum(CADENCE_KINDS),
  preferredMode: z.enum(MEETING_MODES),
  preferredWeekdays: z.array(z.number().int()),
  blockedDates: z.array(z.object({ from: z.string(), to: z.string(), note: z.string().nullable() })),
  defaultParticipantIds: z.array(z.uuid()),
  substitutes: z.array(z.object({ personId: z.uuid(), forPersonId: z.uuid().nullable() })),
  adjusters: z.object({ region: z.uuid().nullable(), municipality: z.uuid().nullable() }),
  expectations: z.array(
    z.object({ party: z.enum(PARTIES), text: z.string(), metric: z.enum(EXPECTATION_METRICS) }),
  ),
  location: z.object({ address: z.string().nullable(), videoUrl: z.string().nullable() }),
  validFrom: z.string(),
  createdBy: z.uuid().nullable(),
  createdAt: z.iso.datetime(),
});
export type AgreementView = z.infer<typeof agreementView>;

/**
 * What the agreement's endpoints answer: the version with the names of the people it names (default
 * participants, adjusters, its author), since a municipality's people may not list the region's people.
 */
export const agreementDetailView = agreementView.extend({
  people: z
    .array(z.object({ id: z.uuid(), name: z.string(), organizationId: z.uuid() }))
    .describe(
      'default participants, standing substitutes, adjusters and createdBy, each once; a deleted person is left out',
    ),
});
export type AgreementDetailView = z.infer<typeof agreementDetailView>;

export class AgreementResponse extends createZodDto('AgreementResponse', agreementDetailView) {}
export class AgreementVersionsResponse extends createZodDto(
  'AgreementVersionsResponse',
  z.object({ items: z.array(agreementDetailView) }),
) {}

export class PutAgreementBody extends createZodDto(
  'PutAgreementBody',
  z.strictObject({
    cadence,
    preferredMode: z.enum(MEETING_MODES),
    preferredWeekdays: z
      .array(z.number().int().min(1).max(5))
      .max(5)
      .refine((list) => new Set(list).size === list.length, { message: 'a weekday is listed twice' })
      .default([])
      .describe('ISO weekdays, 1 = Monday … 5 = Friday'),
    blockedDates: z.array(blockedDateRange).max(200).default([]),
    defaultParticipantIds: personIds
      .default([])
      .describe('people of the region or of this municipality who attend by default'),
    substitutes: z
      .array(
        z.strictObject({
          personId: z.uuid().describe('a person of the region or of this municipality'),
          forPersonId: z
            .uuid()
            .nullable()
            .default(null)
            .describe(
              'a default participant of the same organization; null: for anyone of that organization',
            ),
        }),
      )
      .max(100)
      .refine(
        (list) => new Set(list.map((entry) => `${entry.personId}/${entry.forPersonId}`)).size === list.length,
        { message: 'a substitute is listed twice for the same person' },
      )
      .default([])
      .describe(
        'standing substitutes (ersättare), offered first when a participant sends someone in their place',
      ),
    adjusters: z
      .strictObject({
        region: z.uuid().nullable().default(null).describe('a person of the region'),
        municipality: z.uuid().nullable().default(null).describe('a person of this municipality'),
      })
      .default({ region: null, municipality: null }),
    expectations: z
      .array(
        z.strictObject({
          party: z.enum(PARTIES),
          text: z.string().trim().min(1).max(2000),
          metric: z
            .enum(EXPECTATION_METRICS)
            .default('not_measured')
            .describe(
              'what measures it (README, County overview): meeting_cadence, minutes_on_time (joint); ' +
                "actions_on_time, actions_overdue, questions_open (the party's own); not_measured",
            ),
        }),
      )
      .max(100)
      .default([]),
    location: z
      .strictObject({
        address: z.string().trim().min(1).max(500).nullable().default(null),
        videoUrl: z
          .url({ protocol: /^https?$/ })
          .max(2000)
          .nullable()
          .default(null),
      })
      .default({ address: null, videoUrl: null }),
    validFrom: localDate,
    version: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe('the version this edit is based on (0: none yet); 409 AGREEMENT_VERSION_CONFLICT otherwise'),
  }),
) {}
export type PutAgreementInput = z.infer<typeof PutAgreementBody.schema>;

export class AgreementQuery extends createZodDto(
  'AgreementQuery',
  z.strictObject({
    version: z.coerce.number().int().min(1).optional().describe('an earlier version; default the current'),
  }),
) {}
export type AgreementQueryInput = z.infer<typeof AgreementQuery.schema>;
