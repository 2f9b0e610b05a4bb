import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { ValidationError } from '../errors/domain-error.js';
import { isZodDto } from './zod-dto.js';

export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

export function describeZodIssues(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({
    field: issue.path.join('.') || (issue.code === 'unrecognized_keys' ? '' : '(body)'),
    code: issue.code,
    message:
      issue.code === 'unrecognized_keys'
        ? `unknown propert${issue.keys.length === 1 ? 'y' : 'ies'}: ${issue.keys.join(', ')}`
        : issue.message,
  }));
}

/** Validates every @Body, @Query and @Param typed with a zod DTO; unknown properties are refused (strict schemas). */
@Injectable()
export class ZodValidationPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (!isZodDto(metadata.metatype)) return value;
    const result = metadata.metatype.schema.safeParse(value ?? (metadata.type === 'body' ? undefined : {}));
    if (!result.success) {
      const where = metadata.type === 'body' ? 'body' : metadata.type === 'query' ? 'query string' : 'path';
      throw new ValidationError(`The request ${where} is not valid`, describeZodIssues(result.error));
    }
    return result.data;
  }
}
