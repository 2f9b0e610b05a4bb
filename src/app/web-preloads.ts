import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type AuthenticatedUser, hasRole } from '../common/auth/authenticated-user.js';

/**
 * What the service names in the index.html it answers for a page of the web app, so that the browser fetches
 * the page's code and its first data beside the app's own files rather than after them (the app would ask for
 * them only once its router has run, its page's chunk has arrived and the page has rendered).
 *
 * The page's files come from the build (web/vite.config.mts writes .vite/page-chunks.json: each page module's
 * chunks and CSS beyond what index.html names); which page and which data a path has is mirrored here from
 * web/src/app/routes.tsx and the pages' first queries (their hooks). A data URL must be exactly the one the
 * page's hook asks for (`<link rel="preload" as="fetch" crossorigin>` answers the app's fetch of the same URL,
 * same-origin credentials): a mismatch costs one request the app does not use, never a wrong answer.
 */

/** What .vite/page-chunks.json holds: per page module (src/features/x/pages/Y.tsx), its files under /assets/. */
export type PageChunks = Readonly<Record<string, { js: readonly string[]; css: readonly string[] }>>;

/** The page module a path shows and the API GETs it starts with (only for a signed-in person). */
export interface PagePlan {
  page?: string;
  data: readonly string[];
}

const UUID = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';
const page = (feature: string, name: string) => `src/features/${feature}/pages/${name}.tsx`;
const OVERVIEW = page('overview', 'OverviewPage');
const MUNICIPALITY = page('municipality', 'MunicipalityPage');

/** Paths with an id: the page and the GETs its first render makes (its hooks' exact URLs). */
const DETAIL_PAGES: ReadonlyArray<{ path: RegExp; page: string; data: (id: string) => string[] }> = [
  {
    path: new RegExp(`^/meetings/${UUID}$`),
    page: page('meetings', 'MeetingPage'),
    // useMeeting, and useMeetingInvitations in its participants' section.
    data: (id) => [`/api/meetings/${id}`, `/api/meetings/${id}/invitations`],
  },
  {
    path: new RegExp(`^/actions/${UUID}$`),
    page: page('actions', 'ActionPage'),
    data: (id) => [`/api/actions/${id}`],
  },
  {
    path: new RegExp(`^/questions/${UUID}$`),
    page: page('questions', 'QuestionPage'),
    data: (id) => [`/api/questions/${id}`],
  },
  {
    path: new RegExp(`^/municipalities/${UUID}$`),
    page: MUNICIPALITY,
    data: (id) => [`/api/overview/organizations/${id}`],
  },
  {
    // Linked from the coordinator's email when a round's unanswered proposals count as accepted (useRound).
    path: new RegExp(`^/rounds/${UUID}$`),
    page: page('rounds', 'RoundPage'),
    data: (id) => [`/api/rounds/${id}`],
  },
];

/** List pages: their chunks only (their data depends on the filters in the query string). */
const LIST_PAGES: Readonly<Record<string, string>> = {
  '/meetings': page('meetings', 'MeetingsPage'),
  '/actions': page('actions', 'ActionsPage'),
  '/questions': page('questions', 'QuestionsPage'),
  '/rounds': page('rounds', 'RoundsPage'),
};

/**
 * The page and data of a path for the person signed in (undefined: no session). "/" is the county overview
 * for the region's people (its data only for the roles GET /api/overview allows) and the person's own
 * municipality's page for a municipality's people (StartPage.tsx); the login page gets the overview's chunks
 * too (cached for the page most people see next).
 */
export function pagePlan(path: string, user: AuthenticatedUser | undefined): PagePlan {
  if (path === '/' || path === '/login') {
    if (!user || path === '/login') return { page: OVERVIEW, data: [] };
    if (user.organizationKind !== 'region') {
      return { page: MUNICIPALITY, data: [`/api/overview/organizations/${user.organizationId}`] };
    }
    return { page: OVERVIEW, data: hasRole(user, 'admin', 'coordinator') ? ['/api/overview'] : [] };
  }
  for (const detail of DETAIL_PAGES) {
    const id = detail.path.exec(path)?.[1];
    if (id) return { page: detail.page, data: user ? detail.data(id) : [] };
  }
  return { page: LIST_PAGES[path], data: [] };
}

/** The `<link>`s for a plan: the data first (each a round trip to the service), then the page's files. */
export function preloadLinks(plan: PagePlan, chunks: PageChunks): string {
  const files = plan.page ? chunks[plan.page] : undefined;
  return [
    ...plan.data.map((url) => `<link rel="preload" href="${url}" as="fetch" crossorigin>`),
    ...(files?.css ?? []).map((file) => `<link rel="preload" href="/${file}" as="style" crossorigin>`),
    ...(files?.js ?? []).map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`),
  ].join('\n    ');
}

/** The build's page chunks, or none (a build from before .vite/page-chunks.json, or a test's stand-in). */
export function readPageChunks(webDir: string): PageChunks {
  const file = resolve(webDir, '.vite', 'page-chunks.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PageChunks) : {};
}

/** index.html with the plan's links at the end of its <head>. */
export function htmlWithPreloads(html: string, links: string): string {
  return links ? html.replace('</head>', `    ${links}\n  </head>`) : html;
}
