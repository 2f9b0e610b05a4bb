import { z } from 'zod';

/**
 * A case number (diarienummer) from the region's registry, e.g. "RUN 2026/123" or "RS 2026-00123": every
 * registry writes its own, so it is free text, trimmed, at most 60 characters (rounds_ and
 * meetings_case_number_check).
 */
export const caseNumber = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .describe('case number (diarienummer) in the region’s registry, e.g. "RUN 2026/123"');
