import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { z } from 'zod';
import type { Locale } from '../i18n/locale.js';
import { ValidationError } from '../errors/domain-error.js';
import { swedishCustomMessage } from './custom-messages.sv.js';
import { assertNoDirectionControls } from './text-direction.js';
import { isZodDto } from './zod-dto.js';

export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

const UNKNOWN_KEYS: Record<Locale, (keys: string[]) => string> = {
  en: (keys) => `unknown propert${keys.length === 1 ? 'y' : 'ies'}: ${keys.join(', ')}`,
  sv: (keys) =>
    `okänd${keys.length === 1 ? '' : 'a'} egenskap${keys.length === 1 ? '' : 'er'}: ${keys.join(', ')}`,
};

export function describeZodIssues(error: z.ZodError, locale: Locale = 'en'): FieldProblem[] {
  return error.issues.map((issue) => ({
    field: issue.path.join('.') || (issue.code === 'unrecognized_keys' ? '' : '(body)'),
    code: issue.code,
    message:
      issue.code === 'unrecognized_keys'
        ? UNKNOWN_KEYS[locale](issue.keys)
        : locale === 'sv'
          ? (swedishCustomMessage(issue.message) ?? issue.message)
          : issue.message,
  }));
}

/** zod's own Swedish wording of its built-in checks (a DTO's own messages: custom-messages.sv.ts). */
const SWEDISH = z.locales.sv().localeError;

/**
 * Validates every @Body, @Query and @Param typed with a zod DTO; unknown properties are refused (strict
 * schemas), and so is text with invisible direction controls, in every field (text-direction.ts).
 */
@Injectable()
export class ZodValidationPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (!isZodDto(metadata.metatype)) return value;
    const input = value ?? (metadata.type === 'body' ? undefined : {});
    const result = metadata.metatype.schema.safeParse(input);
    if (!result.success) {
      const where = metadata.type === 'body' ? 'body' : metadata.type === 'query' ? 'query string' : 'path';
      // Worded again in Swedish only when it failed: the exception filter picks the caller's language.
      const swedish = metadata.metatype.schema.safeParse(input, { error: SWEDISH });
      throw new ValidationError(`The request ${where} is not valid`, describeZodIssues(result.error), {
        sv: swedish.success ? undefined : describeZodIssues(swedish.error, 'sv'),
      });
    }
    assertNoDirectionControls(result.data);
    return result.data;
  }
}
