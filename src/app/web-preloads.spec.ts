import type { AuthenticatedUser } from '../common/auth/authenticated-user.js';
import { htmlWithPreloads, pagePlan, preloadLinks } from './web-preloads.js';

const ID = '0b8c7a52-3f0e-4d2a-9c1b-5e6f7a8b9c0d';
const person = (organizationKind: 'region' | 'municipality', ...roles: AuthenticatedUser['roles']) =>
  ({
    personId: ID,
    organizationId: 'org-1',
    organizationKind,
    regionId: 'region-1',
    roles,
    locale: 'sv',
  }) as AuthenticatedUser;

describe('pagePlan: the page and first API reads of a path', () => {
  it('"/" is the overview with its data only for the roles GET /api/overview allows', () => {
    expect(pagePlan('/', person('region', 'coordinator'))).toEqual({
      page: 'src/features/overview/pages/OverviewPage.tsx',
      data: ['/api/overview'],
    });
    expect(pagePlan('/', person('region', 'secretary')).data).toEqual([]);
    expect(pagePlan('/', undefined).data).toEqual([]);
  });

  it('"/" is their own municipality\'s page for a municipality\'s people', () => {
    expect(pagePlan('/', person('municipality', 'admin'))).toEqual({
      page: 'src/features/municipality/pages/MunicipalityPage.tsx',
      data: ['/api/overview/organizations/org-1'],
    });
  });

  it('a page with an id reads its data only for a signed-in person, and only for a well-formed id', () => {
    expect(pagePlan(`/actions/${ID}`, person('municipality', 'participant')).data).toEqual([
      `/api/actions/${ID}`,
    ]);
    expect(pagePlan(`/rounds/${ID}`, person('region', 'coordinator'))).toEqual({
      page: 'src/features/rounds/pages/RoundPage.tsx',
      data: [`/api/rounds/${ID}`],
    });
    expect(pagePlan(`/questions/${ID}`, undefined)).toEqual({
      page: 'src/features/questions/pages/QuestionPage.tsx',
      data: [],
    });
    expect(pagePlan('/meetings/<script>', person('region', 'admin'))).toEqual({ page: undefined, data: [] });
    expect(pagePlan(`/meetings/${ID}/agenda`, person('region', 'admin'))).toEqual({
      page: undefined,
      data: [],
    });
  });

  it('a list page gets its chunks, not its data (its query string chooses that)', () => {
    expect(pagePlan('/actions', person('region', 'admin'))).toEqual({
      page: 'src/features/actions/pages/ActionsPage.tsx',
      data: [],
    });
  });
});

describe('preloadLinks and htmlWithPreloads', () => {
  const chunks = {
    'src/features/x/pages/X.tsx': { js: ['assets/a.js', 'assets/b.js'], css: ['assets/b.css'] },
  };

  it('names the data first, then the CSS, then the chunks in their order, at the end of <head>', () => {
    const links = preloadLinks({ page: 'src/features/x/pages/X.tsx', data: ['/api/x'] }, chunks);
    const html = htmlWithPreloads('<html><head><title>t</title></head><body></body></html>', links);
    expect(html).toBe(
      '<html><head><title>t</title>    ' +
        '<link rel="preload" href="/api/x" as="fetch" crossorigin>\n    ' +
        '<link rel="preload" href="/assets/b.css" as="style" crossorigin>\n    ' +
        '<link rel="modulepreload" crossorigin href="/assets/a.js">\n    ' +
        '<link rel="modulepreload" crossorigin href="/assets/b.js">\n  </head><body></body></html>',
    );
  });

  it('leaves index.html as it is for a page it knows nothing of', () => {
    expect(htmlWithPreloads('<head></head>', preloadLinks({ data: [] }, chunks))).toBe('<head></head>');
    expect(preloadLinks({ page: 'src/features/y/pages/Y.tsx', data: [] }, chunks)).toBe('');
  });
});
