import { z } from 'zod';
import { createZodDto } from './zod-dto.js';

/** `:id` path parameters: a malformed id is a 400 with field details rather than a database error. */
export class IdParam extends createZodDto('IdParam', z.strictObject({ id: z.uuid() })) {}
