import { z } from 'zod';

/**
 * A DTO class backed by a zod schema. The class gives Nest and OpenAPI a name to refer to; the schema
 * validates input (ZodValidationPipe) and becomes the OpenAPI component of the same name (openapi.ts).
 */
export interface ZodDtoClass<S extends z.ZodType = z.ZodType> {
  new (): z.infer<S>;
  readonly schema: S;
}

const registry = new Map<string, z.ZodType>();

export function createZodDto<S extends z.ZodType>(name: string, schema: S): ZodDtoClass<S> {
  if (registry.has(name) && registry.get(name) !== schema) {
    throw new Error(`Two DTOs are named ${name}`);
  }
  registry.set(name, schema);
  const dto = class {
    static readonly schema = schema;
  };
  Object.defineProperty(dto, 'name', { value: name });
  return dto as unknown as ZodDtoClass<S>;
}

export function isZodDto(value: unknown): value is ZodDtoClass {
  return typeof value === 'function' && (value as { schema?: unknown }).schema instanceof z.ZodType;
}

/** All DTO schemas by name, for the OpenAPI document. */
export function registeredDtoSchemas(): ReadonlyMap<string, z.ZodType> {
  return registry;
}

/** Common field shapes. */
export const uuid = () => z.uuid();

/**
 * The paging contract of every list (GET /api/actions, /meetings, /questions, /rounds, /audit-log, /people,
 * /organizations): `limit` + `offset` in the query, and the answer carries the page (`items`), how many
 * rows match the filters in all (`total`) and the `limit` and `offset` it used, so a pager knows the page
 * (offset / limit + 1) and the last page (ceil(total / limit)). The order is stable (a unique last sort key),
 * so pages neither repeat nor skip rows while nothing changes.
 */
export const PAGE_LIMIT_MAX = 200;
export const pagination = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(PAGE_LIMIT_MAX)
    .default(50)
    .describe('page size: how many items at most (1–200, default 50)'),
  offset: z.coerce
    .number()
    .int()
    .min(0)
    .max(1_000_000)
    .default(0)
    .describe('how many matching items to skip: (page − 1) × limit'),
};

export function paginated<S extends z.ZodType>(item: S) {
  return z.object({
    items: z.array(item).describe('this page, in the list’s stable order'),
    total: z.number().int().describe('how many items match the filters, on every page'),
    limit: z.number().int().describe('the page size used'),
    offset: z.number().int().describe('the offset used; past the end the page is empty, total unchanged'),
  });
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}
