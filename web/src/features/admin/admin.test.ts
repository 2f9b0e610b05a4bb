import { describe, expect, it } from 'vitest';
import type { Me } from '../auth/hooks/useMe';
import { followableOrganizations } from '../calendar-feeds/feed-audience';
import {
  mayAdminister,
  mayDeletePerson,
  mayEditOrganization,
  mayManagePerson,
  mayReadAudit,
  offeredRoles,
} from './admin-access';
import { auditQueryFrom } from './audit-filters';
import { auditChanges, auditSubject, auditValue, isDateTime } from './audit-text';
import type { Organization } from './hooks/useOrganizations';
import { groupByRegion } from './organization-tree';
import { peopleQueryFrom } from './people-filters';

const REGION = '00000000-0000-4000-8000-000000000024';
const UMEA = '00000000-0000-4000-8000-000000002480';
const OTHER_REGION = '00000000-0000-4000-8000-000000000025';

function person(roles: Me['roles'], kind: 'region' | 'municipality' = 'region', id = 'me'): Me {
  const organizationId = kind === 'region' ? REGION : UMEA;
  return {
    id,
    roles,
    organizationId,
    organization: { id: organizationId, kind, name: kind === 'region' ? 'Region Västerbotten' : 'Umeå' },
  } as Me;
}

function organization(id: string, name: string, kind: Organization['kind'], parentId: string | null = null) {
  return { id, name, kind, parentId, code: '24' } as Organization;
}

describe('admin access (mirrors the API)', () => {
  const admin = person(['admin']);
  const coordinator = person(['coordinator']);
  const secretary = person(['secretary']);
  const contact = person(['participant'], 'municipality');

  it('shows administration to admins and coordinators, the audit log to admins', () => {
    expect([admin, coordinator, secretary, contact].map(mayAdminister)).toEqual([true, true, false, false]);
    expect([admin, coordinator, secretary, contact].map(mayReadAudit)).toEqual([true, false, false, false]);
  });

  it('lets coordinators manage everyone but admins, and nobody delete themselves', () => {
    expect(mayManagePerson(coordinator, { roles: ['participant'] })).toBe(true);
    expect(mayManagePerson(coordinator, { roles: ['secretary', 'admin'] })).toBe(false);
    expect(mayManagePerson(admin, { roles: ['admin'] })).toBe(true);
    expect(mayManagePerson(secretary, { roles: ['participant'] })).toBe(false);
    expect(mayDeletePerson(admin, { id: 'me', roles: ['admin'] })).toBe(false);
    expect(mayDeletePerson(admin, { id: 'other', roles: ['admin'] })).toBe(true);
  });

  it('offers admin only to admins and coordinator only in a region', () => {
    expect(offeredRoles(admin, 'region')).toEqual(['admin', 'coordinator', 'secretary', 'participant']);
    expect(offeredRoles(coordinator, 'region')).toEqual(['coordinator', 'secretary', 'participant']);
    expect(offeredRoles(coordinator, 'municipality')).toEqual(['secretary', 'participant']);
    expect(offeredRoles(coordinator, 'region', ['admin'])).toContain('admin');
    expect(offeredRoles(admin, 'external')).toEqual(['participant']);
  });

  it("lets a coordinator edit only their region's municipalities", () => {
    const umea = organization(UMEA, 'Umeå', 'municipality', REGION);
    const elsewhere = organization('x', 'Luleå', 'municipality', OTHER_REGION);
    const region = organization(REGION, 'Region Västerbotten', 'region');
    expect(mayEditOrganization(coordinator, umea)).toBe(true);
    expect(mayEditOrganization(coordinator, elsewhere)).toBe(false);
    expect(mayEditOrganization(coordinator, region)).toBe(false);
    expect(mayEditOrganization(admin, region)).toBe(true);
    expect(mayEditOrganization(secretary, umea)).toBe(false);
  });

  it('lets a municipality person follow only their own municipality, the region staff any they see', () => {
    const visible = [{ id: REGION }, { id: UMEA }];
    expect(followableOrganizations(coordinator, visible)).toEqual(visible);
    expect(followableOrganizations(contact, visible)).toEqual([{ id: UMEA }]);
    expect(followableOrganizations(secretary, visible)).toEqual([]);
  });
});

describe('list filters from the URL', () => {
  it('reads the people filters under the API names and drops what the API would refuse', () => {
    expect(
      peopleQueryFrom(new URLSearchParams(`organizationId=${UMEA}&role=secretary&q=%20anna%20`), {
        limit: 25,
        offset: 50,
      }),
    ).toEqual({ limit: 25, offset: 50, organizationId: UMEA, role: 'secretary', q: 'anna' });
    expect(
      peopleQueryFrom(new URLSearchParams('organizationId=x&role=king&q='), { limit: 25, offset: 0 }),
    ).toEqual({
      limit: 25,
      offset: 0,
    });
  });

  it('turns the audit days into Stockholm midnights, the last day inclusive', () => {
    const query = auditQueryFrom(
      new URLSearchParams(
        `entityType=person&entityId=${UMEA}&actorId=${REGION}&from=2026-07-01&to=2026-12-06`,
      ),
      { limit: 50, offset: 0 },
    );
    expect(query).toEqual({
      limit: 50,
      offset: 0,
      entityType: 'person',
      entityId: UMEA,
      actorId: REGION,
      from: '2026-06-30T22:00:00.000Z',
      to: '2026-12-06T23:00:00.000Z',
    });
    expect(
      auditQueryFrom(new URLSearchParams('entityType=secrets&actorId=me&from=2026-12-06&to=2026-12-01'), {
        limit: 50,
        offset: 0,
      }),
    ).toEqual({ limit: 50, offset: 0, from: '2026-12-05T23:00:00.000Z' });
  });
});

describe('audit entries in words', () => {
  it('lists an update field by field and a creation with one side', () => {
    expect(auditChanges({ before: { roles: ['participant'] }, after: { roles: ['coordinator'] } })).toEqual([
      { field: 'roles', before: ['participant'], after: ['coordinator'] },
    ]);
    expect(auditChanges({ before: null, after: { name: 'Anna' } })).toEqual([
      { field: 'name', before: undefined, after: 'Anna' },
    ]);
  });

  it("names the subject by the service's label, else by the entry's own summary", () => {
    expect(auditSubject({ entityLabel: 'Nils', before: null, after: { name: 'Old' } })).toBe('Nils');
    expect(auditSubject({ entityLabel: null, before: { title: 'Möte' }, after: null })).toBe('Möte');
    expect(auditSubject({ entityLabel: null, before: null, after: { kind: 'person' } })).toBeNull();
  });

  it('writes values as words', () => {
    const words = { yes: 'Ja', no: 'Nej', none: '–', item: (item: string) => item.toUpperCase() };
    expect(auditValue(true, words)).toBe('Ja');
    expect(auditValue(null, words)).toBe('–');
    expect(auditValue(['a', 'b'], words)).toBe('A, B');
    expect(auditValue({ town: 'Umeå', lat: 63.8, lon: null }, words)).toBe('town: Umeå, lat: 63.8');
    expect(auditValue([], words)).toBe('–');
  });

  it('writes numbers, nested keys and stored codes in the reader’s words when given them', () => {
    const words = {
      yes: 'Ja',
      no: 'Nej',
      none: '–',
      number: (value: number) => new Intl.NumberFormat('sv-SE').format(value),
      key: (key: string) => ({ trips: 'Resor', travelHours: 'Restid i timmar' })[key] ?? key,
      text: (text: string) => (text === 'in_progress' ? 'Pågår' : text),
    };
    expect(auditValue({ trips: 4, travelHours: 9.8 }, words)).toBe('Resor: 4, Restid i timmar: 9,8');
    expect(auditValue('in_progress', words)).toBe('Pågår');
    expect(auditValue(['in_progress'], words)).toBe('Pågår');
    expect(isDateTime('2027-03-23T09:15:00.000Z')).toBe(true);
    expect(isDateTime('2027-03-23T10:15:00+01:00')).toBe(true);
    expect(isDateTime('2027-03-23')).toBe(false);
    expect(isDateTime('Möte 2027-03-23T09:15:00Z')).toBe(false);
  });
});

describe('groupByRegion', () => {
  it('puts each region before its municipalities, in Swedish order', () => {
    const groups = groupByRegion([
      organization(UMEA, 'Umeå', 'municipality', REGION),
      organization('a', 'Åsele', 'municipality', REGION),
      organization('b', 'Bjurholm', 'municipality', REGION),
      organization(REGION, 'Region Västerbotten', 'region'),
      organization('o', 'Orphan', 'municipality', OTHER_REGION),
    ]);
    expect(
      groups.map((group) => [group.region?.name ?? null, group.municipalities.map((m) => m.name)]),
    ).toEqual([
      ['Region Västerbotten', ['Bjurholm', 'Umeå', 'Åsele']],
      [null, ['Orphan']],
    ]);
  });
});
