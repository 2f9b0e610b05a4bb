/**
 * The page to return to after sign-in (`/login?next=/actions/123`): only a path of this app. Anything
 * else (another origin, `//host`, `/\host`, a scheme, the login page itself) gives the start page.
 */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if ([...next].some((char) => char.charCodeAt(0) < 0x20)) return '/';
  try {
    const url = new URL(next, 'https://samverkan.invalid');
    if (url.origin !== 'https://samverkan.invalid') return '/';
    if (url.pathname === '/login') return '/';
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return '/';
  }
}

/** `/login?next=<path>` for a page someone reached signed out. */
export function loginPathFor(path: string): string {
  const next = safeNext(path);
  return next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
}
