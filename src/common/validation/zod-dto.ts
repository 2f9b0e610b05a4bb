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
export const pagination = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
};

export function paginated<S extends z.ZodType>(item: S) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  });
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}
