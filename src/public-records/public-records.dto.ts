import { z } from 'zod';
import { MINUTES_STATUSES } from '../minutes/minutes.entity.js';
import { MEETING_STATUSES } from '../meeting/meeting.entity.js';
import { createZodDto } from '../common/validation/zod-dto.js';

const localDate = z.iso.date().describe('local date YYYY-MM-DD (Europe/Stockholm)');

/** At most this many municipalities are named in one request (a region has fewer). */
export const ORGANIZATIONS_MAX = 100;

export class PublicRecordsQuery extends createZodDto(
  'PublicRecordsQuery',
  z.strictObject({
    from: localDate.describe('the first day of the period: meetings that start on or after it'),
    to: localDate.describe('the last day of the period: meetings that start on or before it'),
    organizationIds: z
      .preprocess(
        (value) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value),
        z.array(z.uuid()).min(1).max(ORGANIZATIONS_MAX),
      )
      .optional()
      .describe('municipalities of the caller’s region, comma-separated; absent: every one of them'),
  }),
) {}
export type PublicRecordsFilter = z.infer<typeof PublicRecordsQuery.schema>;

const named = z.object({ id: z.uuid(), name: z.string() });

export const RECORD_DOCUMENT_KINDS = ['agenda', 'minutes', 'proposal'] as const;
export type RecordDocumentKind = (typeof RECORD_DOCUMENT_KINDS)[number];

const withheldPart = z.object({
  item: z.number().int().nullable().describe('the item’s number in the document; null for a proposal'),
  ground: z.string().nullable().describe('the legal ground, e.g. "31 kap. 16 § OSL"; null if none was kept'),
  marking: z.string().describe('what the document shows instead: "Sekretess enligt 31 kap. 16 § OSL"'),
});
export type WithheldPart = z.infer<typeof withheldPart>;

const recordDocument = z.object({
  kind: z.enum(RECORD_DOCUMENT_KINDS),
  /** Its path in the zip, below the export's root folder. */
  file: z.string(),
  title: z
    .string()
    .describe('what the document is, in Swedish: "Dagordning", "Protokoll, offentlig version"'),
  date: localDate.describe('the meeting’s date; for a proposal, the day it was received'),
  municipality: named
    .nullable()
    .describe('for a proposal, the municipality that sent it; otherwise null (the meeting’s parties)'),
  withheld: z.array(withheldPart).describe('restricted parts replaced by their marking'),
});
export type RecordDocument = z.infer<typeof recordDocument>;

const recordMeeting = z.object({
  meetingId: z.uuid(),
  title: z.string(),
  date: localDate,
  start: z.string().describe('local start with offset'),
  status: z.enum(MEETING_STATUSES),
  caseNumber: z.string().nullable().describe('diarienummer'),
  municipalities: z.array(named),
  agendaPublished: z.boolean(),
  minutesStatus: z
    .union([z.enum(MINUTES_STATUSES), z.literal('none')])
    .describe('only locked (justerat) minutes are handed out'),
  documents: z.array(recordDocument),
  notes: z.array(z.string()).describe('in Swedish: why a document is not included'),
});
export type RecordMeeting = z.infer<typeof recordMeeting>;

export const publicRecordsManifest = z.object({
  generatedAt: z.iso.datetime(),
  period: z.object({ from: localDate, to: localDate }),
  region: named,
  municipalities: z.array(named).describe('the municipalities asked for'),
  meetings: z.array(recordMeeting).describe('by start'),
  totals: z.object({
    meetings: z.number().int(),
    documents: z.number().int(),
    withheld: z.number().int().describe('restricted parts replaced by their marking, in all documents'),
  }),
});
export type PublicRecordsManifest = z.infer<typeof publicRecordsManifest>;

export class PublicRecordsManifestResponse extends createZodDto(
  'PublicRecordsManifestResponse',
  publicRecordsManifest,
) {}
