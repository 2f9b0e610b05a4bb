import { z } from 'zod';
import { createZodDto } from '../../common/validation/zod-dto.js';

export const paperView = z.object({
  id: z.uuid(),
  agendaItemId: z.uuid(),
  /** The file's name as uploaded (folders and invisible direction characters removed). */
  name: z.string(),
  mediaType: z.string().describe('decided from the content, not from the name'),
  sizeBytes: z.number().int(),
  sha256: z.string().describe('hex SHA-256 of the content, as stored'),
  uploadedAt: z.iso.datetime(),
  uploadedBy: z
    .object({ id: z.uuid(), name: z.string() })
    .nullable()
    .describe('null when the person was deleted since'),
  /** Where it downloads: GET /api/papers/{id}. */
  url: z.string(),
});
export type PaperView = z.infer<typeof paperView>;

export class PaperResponse extends createZodDto('PaperResponse', paperView) {}

/** The multipart/form-data body of an upload (documentation only: the file is streamed, not parsed). */
export class UploadPaperBody extends createZodDto(
  'UploadPaperBody',
  z.object({
    file: z
      .string()
      .meta({ format: 'binary' })
      .describe(
        'the file: PDF, Word, Excel, PowerPoint (also .doc/.xls/.ppt), OpenDocument, PNG, JPEG, GIF or WebP; at most PAPER_MAX_MB',
      ),
  }),
) {}
