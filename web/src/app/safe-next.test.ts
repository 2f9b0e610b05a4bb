import { describe, expect, it } from 'vitest';
import { loginPathFor, safeNext } from './safe-next';

describe('safeNext', () => {
  it('returns to a page of this app with its query', () => {
    expect(safeNext('/actions/123')).toBe('/actions/123');
    expect(safeNext('/meetings?mine=1')).toBe('/meetings?mine=1');
  });

  it.each([
    null,
    '',
    'https://evil.example/x',
    '//evil.example/x',
    '/\\evil.example',
    'javascript:alert(1)',
    '/login',
    '/\tx',
  ])('sends %j to the start page', (next) => {
    expect(safeNext(next)).toBe('/');
  });

  it('builds the login path that returns to a page', () => {
    expect(loginPathFor('/actions/123?x=1')).toBe('/login?next=%2Factions%2F123%3Fx%3D1');
    expect(loginPathFor('/')).toBe('/login');
  });
});
