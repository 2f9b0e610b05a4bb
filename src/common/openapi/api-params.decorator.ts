import { applyDecorators } from '@nestjs/common';
import { ApiParam, ApiQuery } from '@nestjs/swagger';
import { z } from 'zod';
import type { ZodDtoClass } from '../validation/zod-dto.js';

type SchemaObject = Record<string, unknown>;

function fieldSchema(field: z.ZodType): SchemaObject {
  const json = z.toJSONSchema(field, {
    target: 'openapi-3.0',
    io: 'input',
    unrepresentable: 'any',
  }) as SchemaObject;
  delete json.$schema;
  return json;
}

/**
 * Documents every field of a zod query DTO as an OpenAPI query parameter; Swagger cannot see into zod
 * schemas, so without this the parameters would be missing from /docs-json.
 */
export function ApiQueryFromDto(dto: ZodDtoClass): MethodDecorator {
  const schema = dto.schema;
  if (!(schema instanceof z.ZodObject)) throw new Error(`${dto.name} is not an object schema`);
  const decorators = Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, field]) =>
    ApiQuery({
      name,
      required: !field.safeParse(undefined).success,
      schema: fieldSchema(field),
      ...(field.description ? { description: field.description } : {}),
    }),
  );
  return applyDecorators(...decorators);
}

/** Documents every field of a zod path-parameter DTO (e.g. a public link's token) as a path parameter. */
export function ApiPathFromDto(dto: ZodDtoClass): MethodDecorator {
  const schema = dto.schema;
  if (!(schema instanceof z.ZodObject)) throw new Error(`${dto.name} is not an object schema`);
  const decorators = Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, field]) =>
    ApiParam({ name, required: true, schema: fieldSchema(field) }),
  );
  return applyDecorators(...decorators);
}

/** Documents a uuid path parameter. */
export function ApiUuidParam(name = 'id'): MethodDecorator {
  return applyDecorators(ApiParam({ name, required: true, schema: { type: 'string', format: 'uuid' } }));
}
