import { type CreatedPerson, adminLogin, createPerson, organizationIdsByCode } from './people-fixtures';
import type { TestApp } from './test-app';

/** A person created through the API and signed in. */
export type SignedInPerson = CreatedPerson & { token: string };

/** Who a test's person is: the seeded organization's code ('24' the region, '2480' Umeå, …), roles, name. */
export interface PersonSpec {
  organization: string;
  roles: string[];
  name: string;
}

/** Where a spec keeps its people: tokens by key (the object its `apiAs` reads), and the people if it likes. */
export interface KeptPeople {
  tokens: Record<string, string>;
  people?: Record<string, CreatedPerson>;
}

/**
 * The admin signed in (the token kept as `tokens.admin`), the seeded organizations by code, and people
 * created by the admin through the API and signed in, each kept under its key.
 */
export class AdminSignIn {
  private constructor(
    private readonly t: TestApp,
    private readonly kept: KeptPeople,
    readonly adminToken: string,
    readonly orgs: Record<string, string>,
  ) {}

  static async start(t: TestApp, kept: KeptPeople = { tokens: {} }): Promise<AdminSignIn> {
    const adminToken = await adminLogin(t);
    kept.tokens.admin = adminToken;
    return new AdminSignIn(t, kept, adminToken, await organizationIdsByCode(t, adminToken));
  }

  /** A person of the organization with that code, signed in; kept under `key`. */
  async person(key: string, organization: string, roles: string[], name?: string): Promise<SignedInPerson> {
    const person = await createPerson(this.t, this.adminToken, {
      organizationId: this.orgs[organization],
      roles,
      name,
    });
    const token = await this.t.login(person.email, person.password);
    this.kept.tokens[key] = token;
    if (this.kept.people) this.kept.people[key] = person;
    return { ...person, token };
  }

  /** Each person of `specs` in turn, kept under its key. */
  async people(specs: Record<string, PersonSpec>): Promise<Record<string, SignedInPerson>> {
    const people: Record<string, SignedInPerson> = {};
    for (const [key, spec] of Object.entries(specs)) {
      people[key] = await this.person(key, spec.organization, spec.roles, spec.name);
    }
    return people;
  }
}

/** The people the minutes tests share: the region's coordinator and two secretaries, Umeå's participant. */
export const MINUTES_PEOPLE = {
  coordinator: { organization: '24', roles: ['coordinator'], name: 'Karin Koordinator' },
  secretary: { organization: '24', roles: ['secretary'], name: 'Sara Sekreterare' },
  colleague: { organization: '24', roles: ['secretary'], name: 'Kalle Kollega' },
  umea: { organization: '2480', roles: ['participant'], name: 'Åsa Öberg' },
};

/** The people the round tests share: the region's coordinator and its team member, Umeå's contact. */
export const ROUND_PEOPLE = {
  coordinator: { organization: '24', roles: ['coordinator'], name: 'Karin Koordinator' },
  team: { organization: '24', roles: ['participant'], name: 'Anna Team' },
  umea: { organization: '2480', roles: ['participant'], name: 'Åsa Öberg' },
};

/** People created by the admin and signed in: each person and their token under the same key. */
export async function signedInPeople(
  t: TestApp,
  adminToken: string,
  orgs: Record<string, string>,
  specs: Record<string, PersonSpec>,
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
