import fc from 'fast-check';
import { DIRECTION_CONTROLS } from '../../src/common/validation/text-direction';
import {
  type JsonSchema,
  type OpenApiDocument,
  alternativesOf,
  isNullable,
  resolveRef,
  typeOf,
} from '../security/openapi';

/**
 * Broken request bodies derived from an operation's schema and a valid base body. Each mutation says
 * whether the schema forbids it (the service must refuse it with a 4xx) or merely stresses it (unicode,
 * odd but valid dates: any answer but a 5xx, and a refusal must change nothing).
 */
export interface BodyMutation {
  kind: string;
  /** What was done, for failure messages. */
  description: string;
  /** The JSON value to send, or raw text (malformed JSON, a body over the limit). */
  body: { json: unknown } | { raw: string };
  mustRefuse: boolean;
  /** When set, the status must be one of these. */
  statuses?: number[];
}

type Path = Array<string | number>;

export const ONE_MEGABYTE = 1024 * 1024;

/** Strings that have broken services before: NUL, lone surrogates, bidi overrides, combining marks, emoji. */
export const NASTY_STRINGS: readonly string[] = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff\ud800',
  '\u202eåäö\u202c',
  'e\u0301\u0301\u0301',
  '👩‍👩‍👧‍👦🇸🇪',
  '\u200b\ufeff',
  'Å'.repeat(300),
  "'; DROP TABLE people; --",
  '{{#each this}}{{/each}}',
  '<script>alert(1)</script>',
  '\r\n.\r\nMAIL FROM:<x@example.se>',
  'BEGIN:VCALENDAR\r\nEND:VCALENDAR',
  '%s%n%x',
  '../../etc/passwd',
];

/** Dates at and beyond what JavaScript, PostgreSQL and the calendar can hold, and impossible ones. */
export const ODD_DATES: readonly string[] = [
  '+275760-09-13T00:00:00.000Z',
  '-271821-04-20T00:00:00.000Z',
  '+010000-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '0000-01-01T00:00:00Z',
  '0001-01-01T00:00:00+01:00',
  '1900-01-01T00:00:00Z',
  '1970-01-01T00:00:00Z',
  '2024-02-30T10:00:00+01:00',
  '2031-13-01T10:00:00Z',
  '2031-03-04T25:61:00Z',
  '2031-03-04T10:00:00+25:00',
  '2031-03-31T02:30:00+01:00',
  '2031-03-04',
  '9999-12-31',
  '0000-00-00',
  '10000-01-01',
  '2031-02-29',
  'yesterday',
  '',
];

function schemaAt(document: OpenApiDocument, root: JsonSchema, path: Path): JsonSchema | undefined {
  let schema: JsonSchema | undefined = resolveRef(document, root);
  for (const segment of path) {
    if (!schema) return undefined;
    const branches = alternativesOf(document, schema);
    let next: JsonSchema | undefined;
    for (const branch of branches) {
      next =
        typeof segment === 'number'
          ? branch.items && resolveRef(document, branch.items)
          : branch.properties?.[segment] && resolveRef(document, branch.properties[segment]);
      if (next) break;
    }
    schema = next;
  }
  return schema;
}

/** Leaf and container paths present in the base body, plus every top-level property the schema declares. */
function pathsOf(document: OpenApiDocument, schema: JsonSchema, base: unknown): Path[] {
  const paths: Path[] = [];
  const walk = (value: unknown, path: Path, depth: number) => {
    if (path.length > 0) paths.push(path);
    if (depth >= 3 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      if (value.length > 0) walk(value[0], [...path, 0], depth + 1);
      return;
    }
    for (const [key, child] of Object.entries(value)) walk(child, [...path, key], depth + 1);
  };
  walk(base, [], 0);
  const top = alternativesOf(document, schema).flatMap((branch) => Object.keys(branch.properties ?? {}));
  for (const key of top) if (!paths.some((path) => path.length === 1 && path[0] === key)) paths.push([key]);
  return paths;
}

function withValue(base: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(base) as any;
  let target = copy;
  for (const segment of path.slice(0, -1)) target = target[segment];
  const last = path[path.length - 1];
  if (value === REMOVE) delete target[last];
  else target[last] = value;
  return copy;
}

const REMOVE = Symbol('remove');

function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Whether any branch of the schema admits a value of this JSON type (ignoring every other keyword). */
function typeAllowed(document: OpenApiDocument, schema: JsonSchema, value: unknown): boolean {
  const type = jsonTypeOf(value);
  return alternativesOf(document, schema).some((branch) => {
    if (type === 'null') return isNullable(branch);
    const declared = typeOf(branch);
    if (declared === undefined) return true; // unconstrained
    if (declared === 'integer') return type === 'number' && Number.isInteger(value);
    return declared === type;
  });
}

function isRequired(document: OpenApiDocument, root: JsonSchema, path: Path): boolean {
  const parent = schemaAt(document, root, path.slice(0, -1));
  if (!parent) return false;
  const key = path[path.length - 1];
  return alternativesOf(document, parent).every(
    (branch) => Array.isArray(branch.required) && branch.required.includes(key),
  );
}

function isDateLike(schema: JsonSchema, path: Path): boolean {
  const key = String(path[path.length - 1]);
  return (
    schema.format === 'date-time' ||
    schema.format === 'date' ||
    /^(start|end|from|to|due|valid|deadline)|(At|Date|From|To)$/.test(key)
  );
}

const label = (path: Path) => path.map((segment) => String(segment)).join('.') || '(body)';

const WRONG_VALUES = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant({}),
  fc.constant([]),
  fc.constant([1, 'två']),
  fc.string({ maxLength: 20 }),
  fc.constant({ nested: { deeper: true } }),
);

/**
 * Every kind of broken body for one operation. `base` is a body the schema accepts (it may still be
 * refused by a business rule); mutations start from it so that one thing at a time is wrong.
 */
export function bodyMutations(
  document: OpenApiDocument,
  schema: JsonSchema,
  base: unknown,
): fc.Arbitrary<BodyMutation> {
  const root = resolveRef(document, schema);
  const paths = pathsOf(document, root, base).filter((path) => schemaAt(document, root, path));
  const strictTop = alternativesOf(document, root).every((branch) => branch.additionalProperties === false);
  const stringPaths = paths.filter((path) => typeOf(schemaAt(document, root, path)!) === 'string');
  const datePaths = stringPaths.filter((path) => isDateLike(schemaAt(document, root, path)!, path));
  const presentRequired = paths.filter(
    (path) =>
      isRequired(document, root, path) && hasPath(base, path) && path.every((s) => typeof s === 'string'),
  );
  const arbitraries: Array<fc.Arbitrary<BodyMutation>> = [];

  arbitraries.push(
    fc.constantFrom<unknown>([], 'text', 42, null, true, [base]).map((json) => ({
      kind: 'whole body of the wrong type',
      description: `body ${JSON.stringify(json).slice(0, 60)}`,
      body: { json },
      mustRefuse: !typeAllowed(document, root, json),
    })),
  );
  arbitraries.push(
    fc.constantFrom('{', '{"a":', '[1,]', '{"title": "x",}', '\u0000', 'null null').map((raw) => ({
      kind: 'malformed JSON',
      description: `raw ${JSON.stringify(raw)}`,
      body: { raw },
      mustRefuse: true,
      statuses: [400],
    })),
  );
  arbitraries.push(
    fc
      .tuple(
        fc.constantFrom('unknownField', '__proto__', 'constructor', 'isAdmin', 'roles_', 'id', 'createdAt'),
        fc.jsonValue({ maxDepth: 2 }),
      )
      .filter(([key]) => !alternativesOf(document, root).some((branch) => branch.properties?.[key]))
      .map(([key, value]) => ({
        kind: 'extra field',
        description: `extra field ${key}=${JSON.stringify(value).slice(0, 40)}`,
        // Raw text: an object spread would turn "__proto__" into a prototype instead of a property.
        body: {
          raw: `{${[
            `${JSON.stringify(key)}:${JSON.stringify(value)}`,
            ...Object.entries(base ?? {}).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`),
          ].join(',')}}`,
        },
        mustRefuse: strictTop && typeof base === 'object' && base !== null && !Array.isArray(base),
      })),
  );
  arbitraries.push(
    fc.constantFrom(1, 2, 8).map((megabytes) => {
      const raw = JSON.stringify({ ...(base as object), padding: 'x'.repeat(megabytes * ONE_MEGABYTE) });
      return {
        kind: 'body over 1 MB',
        description: `${megabytes} MB body`,
        body: { raw },
        mustRefuse: true,
        statuses: [413, 400],
      };
    }),
  );
  if (paths.length > 0) {
    arbitraries.push(
      fc.tuple(fc.constantFrom(...paths), WRONG_VALUES).map(([path, value]) => ({
        kind: 'wrong type',
        description: `${label(path)} = ${JSON.stringify(value).slice(0, 60)}`,
        body: { json: withValue(base, path, value) },
        mustRefuse: !typeAllowed(document, schemaAt(document, root, path)!, value),
      })),
    );
    arbitraries.push(
      fc.constantFrom(...paths).map((path) => ({
        kind: 'null',
        description: `${label(path)} = null`,
        body: { json: withValue(base, path, null) },
        mustRefuse: !typeAllowed(document, schemaAt(document, root, path)!, null),
      })),
    );
  }
  if (presentRequired.length > 0) {
    arbitraries.push(
      fc.constantFrom(...presentRequired).map((path) => ({
        kind: 'required field missing',
        description: `without ${label(path)}`,
        body: { json: withValue(base, path, REMOVE) },
        mustRefuse: true,
      })),
    );
  }
  if (stringPaths.length > 0) {
    arbitraries.push(
      fc.tuple(fc.constantFrom(...stringPaths), fc.constantFrom(1, 2)).map(([path, megabytes]) => ({
        kind: 'huge string',
        description: `${label(path)} = ${megabytes} MB of text`,
        body: { json: withValue(base, path, 'å'.repeat((megabytes * ONE_MEGABYTE) / 2 + 1)) },
        mustRefuse: true,
        statuses: [413, 400],
      })),
    );
    arbitraries.push(
      fc.constantFrom(...stringPaths).map((path) => {
        const max = schemaAt(document, root, path)!.maxLength;
        return {
          kind: 'long string',
          description: `${label(path)} = 100 000 characters`,
          body: { json: withValue(base, path, 'ö'.repeat(100_000)) },
          mustRefuse: typeof max === 'number' && max < 100_000,
        };
      }),
    );
    arbitraries.push(
      fc
        .tuple(
          fc.constantFrom(...stringPaths),
          fc.oneof(
            fc.constantFrom(...NASTY_STRINGS),
            fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
            fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
          ),
        )
        .map(([path, text]) => ({
          kind: 'unicode',
          description: `${label(path)} = ${JSON.stringify(text).slice(0, 60)}`,
          body: { json: withValue(base, path, text) },
          mustRefuse: stringViolates(schemaAt(document, root, path)!, text),
        })),
    );
  }
  if (datePaths.length > 0) {
    arbitraries.push(
      fc.tuple(fc.constantFrom(...datePaths), fc.constantFrom(...ODD_DATES)).map(([path, date]) => ({
        kind: 'out-of-range date',
        description: `${label(path)} = ${JSON.stringify(date)}`,
        body: { json: withValue(base, path, date) },
        mustRefuse: stringViolates(schemaAt(document, root, path)!, date),
      })),
    );
  }
  return fc.oneof(...arbitraries);
}

function patternOf(source: string): RegExp {
  try {
    return new RegExp(source, 'u');
  } catch {
    return new RegExp(source);
  }
}

/** Whether the schema's own string keywords (enum, pattern, lengths) plainly forbid the value. */
export function stringViolates(schema: JsonSchema, value: string): boolean {
  // Every text field refuses invisible direction controls (issue 12, src/common/validation/text-direction.ts).
  if (DIRECTION_CONTROLS.test(value)) return true;
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return true;
  if (typeof schema.pattern === 'string' && !patternOf(schema.pattern).test(value)) return true;
  const codePoints = [...value].length;
  if (typeof schema.maxLength === 'number' && Math.min(codePoints, value.length) > schema.maxLength)
    return true;
  if (typeof schema.minLength === 'number' && Math.max(codePoints, value.length) < schema.minLength)
    return true;
  return false;
}

function hasPath(value: unknown, path: Path): boolean {
  let current: any = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object' || !(segment in current)) return false;
    current = current[segment];
  }
  return true;
}
