import { type CreatedPerson, adminLogin, createPerson, organizationIdsByCode } from './people-fixtures';
import type { TestApp } from './test-app';

/** People of the region and of two municipalities, logged in, for the follow-up tests (#6). */
export interface FollowUpCast {
  adminToken: string;
  orgs: Record<string, string>;
  coordinator: CreatedPerson & { token: string };
  regionSecretary: CreatedPerson & { token: string };
  umeaSecretary: CreatedPerson & { token: string };
  umeaOwner: CreatedPerson & { token: string };
  umeaParticipant: CreatedPerson & { token: string };
  skellefteaSecretary: CreatedPerson & { token: string };
  skellefteaOwner: CreatedPerson & { token: string };
}

export async function createCast(t: TestApp): Promise<FollowUpCast> {
  const adminToken = await adminLogin(t);
  const orgs = await organizationIdsByCode(t, adminToken);
  const person = async (code: string, roles: string[], name: string) => {
    const created = await createPerson(t, adminToken, { organizationId: orgs[code], roles, name });
    return { ...created, token: await t.login(created.email, created.password) };
  };
  return {
    adminToken,
    orgs,
    coordinator: await person('24', ['coordinator'], 'Cecilia Koordinator'),
    regionSecretary: await person('24', ['secretary'], 'Rut Sekreterare'),
    umeaSecretary: await person('2480', ['secretary'], 'Ulla Sekreterare'),
    umeaOwner: await person('2480', ['participant'], 'Örjan Ägare'),
    umeaParticipant: await person('2480', ['participant'], 'Pia Deltagare'),
    skellefteaSecretary: await person('2482', ['secretary'], 'Sune Sekreterare'),
    skellefteaOwner: await person('2482', ['participant'], 'Stina Ägare'),
  };
}

/** A local date `days` from today in Europe/Stockholm. */
export function localDate(days: number, now = new Date()): string {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(now);
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
