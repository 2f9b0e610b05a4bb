import { z } from 'zod';
import { createZodDto } from '../validation/zod-dto.js';

/**
 * Every error answer of the API (the global exception filter writes it): a stable code, a message in the
 * caller's language, details where the code has them, and the request's correlation id.
 */
export class ErrorResponse extends createZodDto(
  'ErrorResponse',
  z.object({
    code: z.string().describe('Stable machine-readable code, e.g. MEETING_NOT_FOUND; never translated'),
    message: z.string().describe("Human-readable, in the caller's language (Swedish by default)"),
    details: z.unknown().optional().describe('Code-specific facts, e.g. the fields that failed validation'),
    correlationId: z.string().optional().describe('The x-correlation-id of the request, for support'),
  }),
) {}
