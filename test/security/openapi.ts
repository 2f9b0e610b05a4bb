import { randomBytes, randomUUID } from 'node:crypto';

/**
 * Reads the service's own OpenAPI document (/docs-json) so that the security sweep and the fuzzer cover
 * every operation it publishes, including the ones added after these tests were written.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type JsonSchema = Record<string, any>;

export interface OpenApiDocument {
  paths: Record<string, Record<string, any>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

export interface ApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: JsonSchema;
}

export interface ApiOperation {
  method: HttpMethod;
  /** The path template as published, e.g. `/api/meetings/{id}/cancel`. */
  path: string;
  /** `GET /api/meetings/{id}`: how failures name the operation. */
  label: string;
  isPublic: boolean;
  /** `x-required-roles`: the caller needs one of them; empty when any authenticated caller may call. */
  requiredRoles: string[];
  pathParams: ApiParameter[];
  queryParams: ApiParameter[];
  /** The JSON request body's schema ($refs resolved at the top), when the operation takes one. */
  jsonBody: JsonSchema | undefined;
  bodyRequired: boolean;
}

const METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** Every operation of the document, in document order. */
export function operationsOf(document: OpenApiDocument): ApiOperation[] {
  const operations: ApiOperation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method.toLowerCase()];
      if (!operation) continue;
      const declared = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map(
        (parameter: any): ApiParameter => {
          const resolved = resolveRef(document, parameter);
          return {
            name: resolved.name,
            in: resolved.in,
            required: Boolean(resolved.required),
            schema: resolveRef(document, resolved.schema ?? {}),
          };
        },
      );
      // A placeholder the document forgot to declare is still a parameter the request must fill.
      const undeclared = [...path.matchAll(/\{([^}]+)\}/g)]
        .map((match) => match[1])
        .filter((name) => !declared.some((parameter) => parameter.in === 'path' && parameter.name === name))
        .map((name): ApiParameter => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
      const parameters = [...declared, ...undeclared];
      const content = operation.requestBody?.content ?? {};
      const json = content['application/json']?.schema;
      operations.push({
        method,
        path,
        label: `${method} ${path}`,
        isPublic: operation['x-public'] === true,
        requiredRoles: Array.isArray(operation['x-required-roles']) ? operation['x-required-roles'] : [],
        pathParams: parameters.filter((parameter) => parameter.in === 'path'),
        queryParams: parameters.filter((parameter) => parameter.in === 'query'),
        jsonBody: json ? resolveRef(document, json) : undefined,
        bodyRequired: Boolean(operation.requestBody?.required),
      });
    }
  }
  return operations;
}

/** Follows `$ref: '#/components/schemas/X'` (and any other local pointer) until a schema is reached. */
export function resolveRef(document: OpenApiDocument, schema: JsonSchema): JsonSchema {
  let current = schema;
  for (let depth = 0; current && typeof current.$ref === 'string'; depth += 1) {
    if (depth > 20) throw new Error(`$ref cycle at ${String(schema.$ref)}`);
    const pointer = current.$ref.replace(/^#\//, '').split('/');
    let target: any = document;
    for (const segment of pointer) target = target?.[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
    if (!target) throw new Error(`unresolvable $ref ${String(current.$ref)}`);
    current = target;
  }
  return current;
}

/** Fills `{name}` placeholders of a path template. */
export function fillPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for {${name}} in ${template}`);
    return encodeURIComponent(value);
  });
}

/** The schema's branches: oneOf/anyOf alternatives, or the schema itself. */
export function alternativesOf(document: OpenApiDocument, schema: JsonSchema): JsonSchema[] {
  const resolved = resolveRef(document, schema);
  const branches = resolved.oneOf ?? resolved.anyOf;
  if (Array.isArray(branches)) return branches.map((branch: JsonSchema) => resolveRef(document, branch));
  return [resolved];
}

export function typeOf(schema: JsonSchema): string | undefined {
  if (Array.isArray(schema.type)) return schema.type.find((type: string) => type !== 'null');
  if (typeof schema.type === 'string') return schema.type;
  if (schema.properties) return 'object';
  if (schema.items) return 'array';
  if (Array.isArray(schema.enum)) return typeof schema.enum[0];
  return undefined;
}

export function isNullable(schema: JsonSchema): boolean {
  return (
    schema.nullable === true ||
    (Array.isArray(schema.type) && schema.type.includes('null')) ||
    (Array.isArray(schema.enum) && schema.enum.includes(null))
  );
}

/**
 * Supplies values the schema alone cannot: ids of existing records by property name, and (optionally) a
 * value for a property whatever its schema says.
 */
export interface SampleHints {
  /** A uuid for a property or parameter of this name (e.g. organizationId → an organization's id). */
  uuidFor(name: string): string | undefined;
  /** A value that wins over anything generated for this property name. */
  valueFor?(name: string): unknown;
  /** Also fill optional id properties that uuidFor knows (a body that names as many records as it can). */
  includeOptionalIds?: boolean;
}

const FUTURE_DAY = '2031-03-04';

function sampleString(schema: JsonSchema, name: string, hints: SampleHints): string {
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return String(schema.enum[0]);
  const format = schema.format as string | undefined;
  if (format === 'uuid' || /Id$/.test(name)) {
    const id = hints.uuidFor(name);
    if (id) return id;
    // A client-chosen id for a new record (e.g. an action written in the minutes): any new uuid.
    if (format === 'uuid' && name === 'id') return randomUUID();
    if (format === 'uuid') throw new Error(`no uuid for "${name}": add it to the sample hints`);
  }
  if (format === 'date-time') return `${FUTURE_DAY}T10:00:00+01:00`;
  if (format === 'date') return FUTURE_DAY;
  if (format === 'email' || /email/i.test(name)) return `sample.${randomBytes(4).toString('hex')}@example.se`;
  if (format === 'uri' || format === 'url' || /url$/i.test(name)) return 'https://video.example.se/m/1';
  if (/password/i.test(name)) return `pw-${randomBytes(8).toString('hex')}`;
  const min = typeof schema.minLength === 'number' ? schema.minLength : 1;
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : 200;
  const text = `Prov ${name}`.padEnd(min, 'x');
  return text.slice(0, Math.max(min, Math.min(max, text.length)));
}

function sampleNumber(schema: JsonSchema): number {
  const min = typeof schema.minimum === 'number' ? schema.minimum : undefined;
  const max = typeof schema.maximum === 'number' ? schema.maximum : undefined;
  if (min !== undefined) return min;
  if (max !== undefined) return Math.min(max, 1);
  return 1;
}

/**
 * A small value that satisfies the schema: the required properties of objects (or, for an object whose
 * properties are all optional, the first plain one, so that a PATCH changes something), the minimum
 * number of array items, the first enum value, ids from the hints. Good enough to get past validation, so
 * that what answers is the access check behind it.
 */
export function sampleFromSchema(
  document: OpenApiDocument,
  schema: JsonSchema,
  hints: SampleHints,
  name = '',
): unknown {
  const override = name ? hints.valueFor?.(name) : undefined;
  if (override !== undefined) return override;
  const resolved = alternativesOf(document, schema)[0];
  if (resolved.default !== undefined && typeOf(resolved) !== 'object') return resolved.default;
  switch (typeOf(resolved)) {
    case 'object': {
      const properties: Record<string, JsonSchema> = resolved.properties ?? {};
      const required: string[] = resolved.required ?? [];
      const chosen = required.length > 0 ? [...required] : firstPlainProperty(document, properties);
      if (hints.includeOptionalIds) {
        for (const [key, property] of Object.entries(properties)) {
          if (chosen.includes(key) || !isIdProperty(document, property)) continue;
          if (hints.uuidFor(singular(key)) !== undefined) chosen.push(key);
        }
      }
      const value: Record<string, unknown> = {};
      for (const key of chosen) value[key] = sampleFromSchema(document, properties[key], hints, key);
      return value;
    }
    case 'array': {
      const minimum = typeof resolved.minItems === 'number' ? resolved.minItems : 0;
      const namesId =
        hints.includeOptionalIds === true &&
        isIdProperty(document, resolved.items ?? {}) &&
        hints.uuidFor(singular(name)) !== undefined;
      const count = Math.max(minimum, namesId ? 1 : 0);
      return Array.from({ length: count }, () =>
        sampleFromSchema(document, resolved.items ?? {}, hints, singular(name)),
      );
    }
    case 'string':
      return sampleString(resolved, name, hints);
    case 'integer':
    case 'number':
      return sampleNumber(resolved);
    case 'boolean':
      return false;
    default:
      return 'prov';
  }
}

function isIdProperty(document: OpenApiDocument, property: JsonSchema): boolean {
  const resolved = alternativesOf(document, property)[0];
  if (typeOf(resolved) === 'array') return isIdProperty(document, resolved.items ?? {});
  return typeOf(resolved) === 'string' && resolved.format === 'uuid';
}

/**
 * Every uuid-valued property of a body schema, at any depth (`adjusters.region`, `actions[].ownerPersonId`),
 * by its dotted path and property name.
 */
export function uuidPropertiesOf(
  document: OpenApiDocument,
  schema: JsonSchema,
  path = '',
  seen = new Set<JsonSchema>(),
): Array<{ path: string; name: string }> {
  const found: Array<{ path: string; name: string }> = [];
  for (const branch of alternativesOf(document, schema)) {
    if (seen.has(branch)) continue;
    seen.add(branch);
    if (typeOf(branch) === 'array') {
      found.push(...uuidPropertiesOf(document, branch.items ?? {}, `${path}[]`, seen));
    } else if (typeOf(branch) === 'object') {
      for (const [key, property] of Object.entries<JsonSchema>(branch.properties ?? {})) {
        if (isIdProperty(document, property)) found.push({ path: path ? `${path}.${key}` : key, name: key });
        else found.push(...uuidPropertiesOf(document, property, path ? `${path}.${key}` : key, seen));
      }
    }
  }
  return found;
}

function singular(name: string): string {
  return name.endsWith('Ids') ? name.slice(0, -1) : name;
}

function firstPlainProperty(document: OpenApiDocument, properties: Record<string, JsonSchema>): string[] {
  const plain = Object.entries(properties).find(([key, property]) => {
    const resolved = resolveRef(document, property);
    return (
      typeOf(resolved) === 'string' && !resolved.format && !resolved.enum && !/password|email|url/i.test(key)
    );
  });
  return plain ? [plain[0]] : [];
}
