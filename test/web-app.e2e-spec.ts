import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { adminLogin, createPerson, organizationIdsByCode } from './helpers/people-fixtures';
import { type TestApp, TEST_ADMIN, type TestResponse, startTestApp } from './helpers/test-app';

const run = promisify(execFile);

const MEETING_PAGE = 'src/features/meetings/pages/MeetingPage.tsx';
const OVERVIEW_PAGE = 'src/features/overview/pages/OverviewPage.tsx';
const MUNICIPALITY_PAGE = 'src/features/municipality/pages/MunicipalityPage.tsx';

/**
 * A stand-in for `npm run build:web`'s output: index.html, a hashed asset and its gzip twin, and the pages'
 * chunks (.vite/page-chunks.json, written by vite.config.mts's pageChunks()).
 */
function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'samverkan-web-'));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, '.vite'));
  writeFileSync(
    join(dir, '.vite', 'page-chunks.json'),
    JSON.stringify({
      [MEETING_PAGE]: { js: ['assets/table-1.js', 'assets/meetings-2.js'], css: [] },
      [OVERVIEW_PAGE]: { js: ['assets/table-1.js', 'assets/overview-3.js'], css: [] },
      [MUNICIPALITY_PAGE]: { js: ['assets/municipality-4.js'], css: ['assets/municipality-5.css'] },
    }),
  );
  const html =
    '<!doctype html><html lang="sv"><head><title>Samverkan</title>' +
    '<script type="module" crossorigin src="/assets/index-abc123.js"></script></head>' +
    '<body><div id="root"></div></body></html>';
  writeFileSync(join(dir, 'index.html'), html);
  // A build whose index.html passes 1 KB gets a .gz twin too (vite.config.mts, precompress).
  writeFileSync(join(dir, 'index.html.gz'), gzipSync(html));
  const script = `console.log(${JSON.stringify('x'.repeat(4000))});`;
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), script);
  writeFileSync(join(dir, 'assets', 'index-abc123.js.gz'), gzipSync(script));
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dir;
}

describe('the web app, served by the api process at /', () => {
  let t: TestApp;
  let webDir: string;
  beforeAll(async () => {
    webDir = fakeBuild();
    t = await startTestApp({ WEB_DIR: webDir });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it.each([
    '/',
    '/login',
    '/municipalities/5b1f0a4e-0000-4000-8000-000000000000',
    '/actions?status=open',
    '/admin/people',
  ])('answers the page %s with index.html and the page headers', async (url) => {
    const response = await t.request({ method: 'GET', url });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.text).toContain('<div id="root">');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('sends the page headers with the pre-compressed index.html too (no cache for a year, the CSP)', async () => {
    const response = await t.request({
      method: 'GET',
      url: '/overview',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(String(response.headers['content-security-policy'])).toContain("script-src 'self'");
  });

  it('sends an asset pre-compressed when the client accepts gzip, cached for a year', async () => {
    const response = await t.request({
      method: 'GET',
      url: '/assets/index-abc123.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('has a file whose name stays from build to build (the favicon) revalidated, never cached as immutable', async () => {
    const response = await t.request({ method: 'GET', url: '/favicon.svg' });
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['etag']).toBeTruthy();
    const again = await t.request({
      method: 'GET',
      url: '/favicon.svg',
      headers: { 'if-none-match': String(response.headers['etag']) },
    });
    expect(again.status).toBe(304);
  });

  it.each(['/assets/missing.js', '/assets/nothing', '/missing.png', '/municipalities/x/logo.svg'])(
    'answers a missing file %s with 404, never the app',
    async (url) => {
      const response = await t.request({ method: 'GET', url });
      expect(response.status).toBe(404);
      expect(response.text).not.toContain('<div id="root">');
    },
  );

  it.each([
    '/api/nothing-here',
    '/docs-nothing',
    '/queues/nothing',
    '/health/nothing',
    '/rsvp',
    '/minutes-approval/x/y/z',
    '/calendar/nothing',
  ])("leaves the service's path %s to the service (its 404, not the app)", async (url) => {
    const response = await t.request({ method: 'GET', url });
    expect(response.text).not.toContain('<div id="root">');
  });

  describe("a page's index.html names its chunks and, signed in, its first API reads", () => {
    const MEETING_ID = '5b1f0a4e-0000-4000-8000-00000000abcd';
    const modulePreload = (file: string) => `<link rel="modulepreload" crossorigin href="/${file}">`;
    const dataPreloads = (response: TestResponse) =>
      [...response.text.matchAll(/<link rel="preload" href="([^"]+)" as="fetch"/g)].map((m) => m[1]);

    async function signIn(email: string, password: string): Promise<string> {
      const response = await t.request({
        method: 'POST',
        url: '/api/auth/session',
        headers: { 'x-samverkan-csrf': '1' },
        body: { email, password },
      });
      expect(response.status).toBe(200);
      return String(response.headers['set-cookie']).split(';')[0];
    }
    const page = (url: string, cookie?: string) =>
      t.request({ method: 'GET', url, headers: cookie ? { cookie } : {} });

    it("a meeting's page: its chunks in order, then the meeting and its invitations for a signed-in person", async () => {
      const cookie = await signIn(TEST_ADMIN.email, TEST_ADMIN.password);
      const response = await page(`/meetings/${MEETING_ID}`, cookie);
      expect(response.status).toBe(200);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(dataPreloads(response)).toEqual([
        `/api/meetings/${MEETING_ID}`,
        `/api/meetings/${MEETING_ID}/invitations`,
      ]);
      const head = response.text.slice(0, response.text.indexOf('</head>'));
      expect(head.indexOf(modulePreload('assets/table-1.js'))).toBeGreaterThan(0);
      expect(head.indexOf(modulePreload('assets/meetings-2.js'))).toBeGreaterThan(
        head.indexOf(modulePreload('assets/table-1.js')),
      );
      expect(response.text).not.toContain('overview-3.js');
    });

    it('signed out: the chunks only, no API read (it would answer 401)', async () => {
      const response = await page(`/meetings/${MEETING_ID}`);
      expect(dataPreloads(response)).toEqual([]);
      expect(response.text).toContain(modulePreload('assets/meetings-2.js'));
      const junk = await page('/meetings/not-an-id');
      expect(junk.text).not.toContain('rel="preload" href="/api/meetings');
    });

    it('"/": the county overview and GET /api/overview for the region\'s admin', async () => {
      const response = await page('/', await signIn(TEST_ADMIN.email, TEST_ADMIN.password));
      expect(dataPreloads(response)).toEqual(['/api/overview']);
      expect(response.text).toContain(modulePreload('assets/overview-3.js'));
    });

    it('"/": a municipality\'s person gets their municipality\'s page and its overview instead', async () => {
      const token = await adminLogin(t);
      const orgs = await organizationIdsByCode(t, token);
      const person = await createPerson(t, token, { organizationId: orgs['2480'], roles: ['secretary'] });
      const response = await page('/', await signIn(person.email, person.password));
      expect(dataPreloads(response)).toEqual([`/api/overview/organizations/${orgs['2480']}`]);
      expect(response.text).toContain(modulePreload('assets/municipality-4.js'));
      expect(response.text).toContain(
        '<link rel="preload" href="/assets/municipality-5.css" as="style" crossorigin>',
      );
      expect(response.text).not.toContain('overview-3.js');
    });

    it("keeps the list of pages' chunks to itself (no dotfile is served)", async () => {
      const response = await page('/.vite/page-chunks.json');
      expect(response.status).toBe(404);
      expect(response.text).not.toContain(MEETING_PAGE);
    });
  });

  it('keeps the API, the health check and the OpenAPI document as they were', async () => {
    expect((await t.request({ method: 'GET', url: '/api/nothing-here' })).body.code).toBe('ROUTE_NOT_FOUND');
    expect((await t.request({ method: 'GET', url: '/api/me' })).status).toBe(401);
    expect((await t.request({ method: 'GET', url: '/docs-json' })).body.openapi).toMatch(/^3\./);
    expect((await t.request({ method: 'GET', url: '/health' })).status).toBe(200);
  });

  it("has committed client types that match the service's /docs-json (npm run web:api-types)", async () => {
    const document = (await t.request({ method: 'GET', url: '/docs-json' })).body;
    const file = join(webDir, 'docs.json');
    writeFileSync(file, JSON.stringify(document));
    await expect(
      run(process.execPath, ['web/scripts/api-types.mjs', '--from', file, '--check']),
    ).resolves.toBeDefined();
  });
});
