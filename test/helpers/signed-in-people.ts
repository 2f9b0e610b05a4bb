import { type CreatedPerson, createPerson } from './people-fixtures';
import type { TestApp } from './test-app';

/** People created by the admin and signed in: each person and their token under the same key. */
export async function signedInPeople(
  t: TestApp,
  adminToken: string,
  orgs: Record<string, string>,
  specs: Record<string, { organization: string; roles: string[]; name: string }>,
): Promise<{ people: Record<string, CreatedPerson>; tokens: Record<string, string> }> {
  const people: Record<string, CreatedPerson> = {};
  const tokens: Record<string, string> = {};
  for (const [key, spec] of Object.entries(specs)) {
    people[key] = await createPerson(t, adminToken, {
      organizationId: orgs[spec.organization],
      roles: spec.roles,
      name: spec.name,
    });
    tokens[key] = await t.login(people[key].email, people[key].password);
  }
  return { people, tokens };
}

/** The people the minutes tests share: the region's coordinator and two secretaries, Umeå's participant. */
export const MINUTES_PEOPLE = {
  coordinator: { organization: '24', roles: ['coordinator'], name: 'Karin Koordinator' },
  secretary: { organization: '24', roles: ['secretary'], name: 'Sara Sekreterare' },
  colleague: { organization: '24', roles: ['secretary'], name: 'Kalle Kollega' },
  umea: { organization: '2480', roles: ['participant'], name: 'Åsa Öberg' },
};
