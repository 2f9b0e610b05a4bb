import { TEST_ADMIN, type TestApp, startTestApp } from './helpers/test-app';
import { type OpenApiDocument, type JsonSchema, operationsOf, resolveRef } from './security/openapi';

/**
 * The OpenAPI document as a contract (issue 11, point 12): the web app generates its client from
 * /docs-json, so every operation states what it does, every error it can answer (with the shared error
 * schema) and the media types it really sends. The rules are read off the document itself, so a new
 * operation is held to them without touching this file.
 */

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const ERROR_REF = '#/components/schemas/ErrorResponse';

type Responses = Record<string, { content?: Record<string, { schema?: JsonSchema }> }>;

function rawOperation(document: OpenApiDocument, method: string, path: string) {
  return document.paths[path][method.toLowerCase()] as {
    summary?: string;
    responses: Responses;
    parameters?: { in: string; name: string }[];
    requestBody?: { content: Record<string, { schema: JsonSchema }> };
  };
}

/** The media types an operation's success answer must have, from what the path says it is. */
function expectedSuccessTypes(path: string, queryNames: string[], isPublic: boolean): string[] | undefined {
  if (path.endsWith('.ics')) return ['text/calendar'];
  if (path.endsWith('.pdf')) return ['application/pdf'];
  if (/\/archive-packages\/\{revision\}$/.test(path)) return ['application/zip'];
  if (path === '/api/public-records/export') return ['application/zip'];
  if (path.endsWith('.csv')) return ['text/csv'];
  // A meeting paper answers the type read from its content at upload, documented as bytes.
  if (path === '/api/papers/{id}') return ['application/octet-stream'];
  if (queryNames.includes('format')) return ['application/json', 'text/csv'];
  // A public link page answers HTML, or JSON when asked; the web app's token lookups under /api are JSON.
  if (isPublic && path.includes('{token}') && !path.startsWith('/api/'))
    return ['application/json', 'text/html'];
  return undefined;
}

describe('/docs-json as the contract of the API', () => {
  let t: TestApp;
  let document: OpenApiDocument;

  beforeAll(async () => {
    t = await startTestApp({ APP_ROLE: 'api' });
    const docs = await t.request({ method: 'GET', url: '/docs-json' });
    expect(docs.status).toBe(200);
    document = docs.body;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('names the error schema as a component: { code, message, details?, correlationId? }', () => {
    const schema = document.components?.schemas?.ErrorResponse;
    expect(schema).toBeDefined();
    expect(schema!.required).toEqual(expect.arrayContaining(['code', 'message']));
    expect(schema!.required).not.toContain('details');
    expect(Object.keys(schema!.properties)).toEqual(
      expect.arrayContaining(['code', 'message', 'details', 'correlationId']),
    );
    // The codes a client can meet, for a typed switch over them.
    expect(schema!.properties.code.enum).toEqual(
      expect.arrayContaining([
        'VALIDATION_FAILED',
        'UNAUTHENTICATED',
        'MEETING_NOT_FOUND',
        'ROUND_SLOT_REFUSED',
      ]),
    );
  });

  it('gives every operation a summary', () => {
    const missing = operationsOf(document)
      .filter((operation) => !rawOperation(document, operation.method, operation.path).summary?.trim())
      .map((operation) => operation.label);
    expect(missing).toEqual([]);
  });

  it('declares every path parameter (a public link’s token too)', () => {
    const missing: string[] = [];
    for (const operation of operationsOf(document)) {
      const declared = (rawOperation(document, operation.method, operation.path).parameters ?? [])
        .filter((parameter) => parameter.in === 'path')
        .map((parameter) => parameter.name);
      for (const [, name] of operation.path.matchAll(/\{([^}]+)\}/g))
        if (!declared.includes(name)) missing.push(`${operation.label}: {${name}}`);
    }
    expect(missing).toEqual([]);
  });

  it('declares the error answers each operation can give, each with the error schema', () => {
    const problems: string[] = [];
    for (const operation of operationsOf(document)) {
      const raw = rawOperation(document, operation.method, operation.path);
      const expected = new Set<number>();
      if (!operation.isPublic) expected.add(401);
      if (operation.pathParams.length > 0 || operation.queryParams.length > 0 || raw.requestBody)
        expected.add(400);
      if (operation.pathParams.length > 0) expected.add(404);
      if (operation.requiredRoles.length > 0 || (!operation.isPublic && WRITE_METHODS.has(operation.method)))
        expected.add(403);
      if (operation.jsonBody?.properties?.version) expected.add(409);
      if (operation.isPublic && operation.path.includes('{token}')) {
        expected.add(404);
        expected.add(410);
      }
      if (operation.label === 'POST /api/auth/login') {
        expected.add(401);
        expected.add(429);
      }
      for (const status of expected)
        if (!raw.responses[status]) problems.push(`${operation.label}: no ${status} answer`);
      for (const [status, response] of Object.entries(raw.responses)) {
        if (!/^4\d\d$/.test(status)) continue;
        const json = response.content?.['application/json']?.schema;
        if (json?.$ref !== ERROR_REF)
          problems.push(`${operation.label}: ${status} is not described with ErrorResponse as JSON`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('describes each success answer in the media types it really has, JSON with a named schema', () => {
    const problems: string[] = [];
    const schemas = document.components?.schemas ?? {};
    for (const operation of operationsOf(document)) {
      const raw = rawOperation(document, operation.method, operation.path);
      const success = Object.entries(raw.responses).filter(([status]) => /^2\d\d$/.test(status));
      if (success.length === 0) problems.push(`${operation.label}: no success answer`);
      const expectedTypes = expectedSuccessTypes(
        operation.path,
        operation.queryParams.map((parameter) => parameter.name),
        operation.isPublic,
      );
      for (const [status, response] of success) {
        const content = response.content ?? {};
        const types = Object.keys(content).sort();
        if (status === '204') {
          if (types.length > 0) problems.push(`${operation.label}: 204 with a body`);
          continue;
        }
        if (operation.path === '/health') continue; // the health report: see the next test
        if (expectedTypes && JSON.stringify(types) !== JSON.stringify(expectedTypes))
          problems.push(
            `${operation.label}: ${status} as ${types.join(', ')}, expected ${expectedTypes.join(', ')}`,
          );
        if (!expectedTypes && JSON.stringify(types) !== '["application/json"]')
          problems.push(
            `${operation.label}: ${status} as ${types.join(', ') || 'nothing'}, expected application/json`,
          );
        for (const [mediaType, media] of Object.entries(content)) {
          const schema = media.schema ?? {};
          if (mediaType === 'application/json') {
            const ref =
              typeof schema.$ref === 'string' ? schema.$ref.replace('#/components/schemas/', '') : '';
            if (!ref || !schemas[ref] || Object.keys(schemas[ref]).length === 0)
              problems.push(`${operation.label}: ${status} JSON is not a named, non-empty schema`);
          } else if (schema.type !== 'string' || schema.$ref) {
            problems.push(
              `${operation.label}: ${status} ${mediaType} is described as ${JSON.stringify(schema)}`,
            );
          } else if (mediaType === 'application/pdf' && schema.format !== 'binary') {
            problems.push(`${operation.label}: the PDF is not binary`);
          }
        }
      }
      const body = raw.requestBody?.content ?? {};
      for (const [mediaType, media] of Object.entries(body)) {
        const ref = typeof media.schema?.$ref === 'string' ? media.schema.$ref : '';
        if (!ref || !resolveRef(document, media.schema).properties)
          problems.push(`${operation.label}: request body ${mediaType} is not a named object schema`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('declares a file upload as multipart/form-data with a binary file part, and only that', () => {
    const uploads = operationsOf(document).filter((operation) => {
      const body = rawOperation(document, operation.method, operation.path).requestBody?.content ?? {};
      return 'multipart/form-data' in body;
    });
    expect(uploads.map((operation) => operation.label)).toEqual(['POST /api/agenda-items/{id}/papers']);
    for (const operation of uploads) {
      const content = rawOperation(document, operation.method, operation.path).requestBody!.content;
      expect(Object.keys(content)).toEqual(['multipart/form-data']);
      const schema = resolveRef(document, content['multipart/form-data'].schema);
      expect(schema.required).toEqual(['file']);
      expect(schema.properties.file).toEqual(expect.objectContaining({ type: 'string', format: 'binary' }));
      const responses = rawOperation(document, operation.method, operation.path).responses;
      for (const status of ['413', '415', '422']) expect(responses[status]).toBeDefined();
    }
  });

  /** The GET operations that answer a page (items, total, limit, offset) as their 200. */
  function pagedLists() {
    return operationsOf(document).filter((operation) => {
      if (operation.method !== 'GET') return false;
      const schema = rawOperation(document, 'GET', operation.path).responses['200']?.content?.[
        'application/json'
      ]?.schema;
      const properties = schema ? Object.keys(resolveRef(document, schema).properties ?? {}) : [];
      return ['items', 'total', 'limit', 'offset'].every((name) => properties.includes(name));
    });
  }

  it('pages every list the same way: limit (1–200) and offset in the query, the page with its total', () => {
    const lists = pagedLists();
    expect(lists.map((operation) => operation.path)).toEqual(
      expect.arrayContaining([
        '/api/actions',
        '/api/meetings',
        '/api/questions',
        '/api/rounds',
        '/api/audit-log',
      ]),
    );
    const problems: string[] = [];
    for (const operation of lists) {
      const limit = operation.queryParams.find((parameter) => parameter.name === 'limit');
      const offset = operation.queryParams.find((parameter) => parameter.name === 'offset');
      if (!limit || limit.schema.minimum !== 1 || limit.schema.maximum !== 200 || !limit.schema.description)
        problems.push(`${operation.label}: limit is not 1–200 with a description`);
      if (!offset || offset.schema.minimum !== 0 || !offset.schema.description)
        problems.push(`${operation.label}: offset is not ≥ 0 with a description`);
    }
    expect(problems).toEqual([]);
  });

  it('answers every paged list by that contract: the page asked for, the same total, nothing past the end', async () => {
    const token = await t.login(TEST_ADMIN.email, TEST_ADMIN.password);
    const lists = pagedLists().filter((operation) => operation.pathParams.length === 0);
    const get = (path: string, query: string) => t.request({ method: 'GET', url: `${path}?${query}`, token });
    let pagedThrough = 0;
    for (const { path } of lists) {
      const first = await get(path, 'limit=1');
      expect({ path, status: first.status }).toEqual({ path, status: 200 });
      expect(first.body).toEqual(expect.objectContaining({ limit: 1, offset: 0, total: expect.any(Number) }));
      expect(first.body.items.length).toBe(Math.min(1, first.body.total));
      const { total } = first.body as { total: number };
      if (total >= 2) {
        const second = await get(path, 'limit=1&offset=1');
        expect(second.body).toEqual(expect.objectContaining({ limit: 1, offset: 1, total }));
        expect(second.body.items).toHaveLength(1);
        expect(second.body.items[0]).not.toEqual(first.body.items[0]);
        pagedThrough++;
      }
      const pastTheEnd = await get(path, `limit=50&offset=${total}`);
      expect({ path, items: pastTheEnd.body.items, total: pastTheEnd.body.total }).toEqual({
        path,
        items: [],
        total,
      });
      for (const query of ['limit=0', 'limit=201', 'offset=-1']) {
        const refused = await get(path, query);
        expect({ path, query, status: refused.status, code: refused.body.code }).toEqual({
          path,
          query,
          status: 400,
          code: 'VALIDATION_FAILED',
        });
      }
    }
    // The seeded municipalities (and the audit of this very sign-in) page through at least.
    expect(pagedThrough).toBeGreaterThan(0);
  });

  it('leaves no reference dangling (openapi-typescript resolves every $ref)', () => {
    const dangling: string[] = [];
    const visit = (node: unknown, at: string): void => {
      if (Array.isArray(node)) node.forEach((item, index) => visit(item, `${at}[${index}]`));
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === '$ref' && typeof value === 'string') {
            try {
              resolveRef(document, { $ref: value });
            } catch {
              dangling.push(`${at}: ${value}`);
            }
          } else visit(value, `${at}.${key}`);
        }
      }
    };
    visit(document, '#');
    expect(dangling).toEqual([]);
  });

  it('sends what it declares: CSV, an HTML page or JSON errors, by the same operations', async () => {
    const token = await t.login(TEST_ADMIN.email, TEST_ADMIN.password);
    const declaredTypes = (path: string, status: number) =>
      Object.keys(rawOperation(document, 'GET', path).responses[status]?.content ?? {});
    const mediaType = (value: unknown) => String(value).split(';')[0].trim();

    const csv = await t.request({ method: 'GET', url: '/api/overview.csv', token });
    expect(csv.status).toBe(200);
    expect(declaredTypes('/api/overview.csv', 200)).toContain(mediaType(csv.headers['content-type']));
    const csvByFormat = await t.request({ method: 'GET', url: '/api/overview?format=csv', token });
    expect(declaredTypes('/api/overview', 200)).toContain(mediaType(csvByFormat.headers['content-type']));

    for (const path of ['/rsvp/{token}', '/minutes-approval/{token}']) {
      const url = path.replace('{token}', 'x'.repeat(43));
      const page = await t.request({ method: 'GET', url, headers: { accept: 'text/html' } });
      expect(page.status).toBe(404);
      expect(declaredTypes(path, 404)).toContain(mediaType(page.headers['content-type']));
      const json = await t.request({ method: 'GET', url, headers: { accept: 'application/json' } });
      expect(json.status).toBe(404);
      expect(declaredTypes(path, 404)).toContain(mediaType(json.headers['content-type']));
      expect(json.body).toEqual(
        expect.objectContaining({ code: expect.any(String), message: expect.any(String) }),
      );
    }
  });
});
