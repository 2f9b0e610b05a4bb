import { describe, expect, it } from 'vitest';
import type { Me } from '../auth/hooks/useMe';
import { type Draft, draftKey } from './drafts/draft-store';
import { type ActionFields, partKey } from './drafts/minutes-parts';
import type { Minutes } from './hooks/useMinutes';
import {
  actionErrors,
  editedActions,
  fetchesArchive,
  isWritable,
  keepsMinutes,
  withPart,
} from './minutes-edit';

type Action = Minutes['actions'][number];

const action = (id: string, title: string, agendaItemId: string | null = 'i1'): Action => ({
  id,
  title,
  agendaItemId,
  description: null,
  ownerOrganizationId: 'o1',
  ownerPersonId: 'p1',
  dueDate: '2027-01-31',
  strategyAreaIds: [],
  actionId: `a-${id}`,
  addedBy: 'p0',
  proposed: true,
  version: 2,
  updatedAt: null,
  updatedBy: null,
});

const fields = (title: string, agendaItemId: string | null = 'i1'): ActionFields => ({
  agendaItemId,
  title,
  description: '',
  ownerOrganizationId: 'o1',
  ownerPersonId: 'p1',
  dueDate: '2027-01-31',
  strategyAreaIds: [],
});

function draft(part: string, value: unknown, conflict: Draft['conflict'] = null): Draft {
  return {
    key: draftKey('me', 'm', part),
    personId: 'me',
    meetingId: 'm',
    part,
    value,
    baseVersion: 2,
    seq: 1,
    updatedAt: 1,
    conflict,
  };
}

describe('editing the minutes', () => {
  it('lets admins and the parties’ coordinators and secretaries write, while draft or returned', () => {
    const meeting = { regionId: 'r', organizations: [{ id: 'umea' }] };
    const person = (roles: Me['roles'], organizationId: string) => ({ roles, organizationId }) as Me;
    expect(keepsMinutes(person(['admin'], 'elsewhere'), meeting)).toBe(true);
    expect(keepsMinutes(person(['secretary'], 'r'), meeting)).toBe(true);
    expect(keepsMinutes(person(['coordinator'], 'umea'), meeting)).toBe(true);
    expect(keepsMinutes(person(['secretary'], 'skelleftea'), meeting)).toBe(false);
    expect(keepsMinutes(person(['participant'], 'umea'), meeting)).toBe(false);
    expect(
      ['draft', 'returned', 'in_review', 'locked'].map((s) => isWritable(s as Minutes['status'])),
    ).toEqual([true, true, false, false]);
  });

  it('offers the archive packages to the region’s admins, coordinators and secretaries only', () => {
    const meeting = { regionId: 'r', organizations: [{ id: 'umea' }] };
    const person = (roles: Me['roles'], organizationId: string) => ({ roles, organizationId }) as Me;
    expect(fetchesArchive(person(['admin'], 'r'), meeting)).toBe(true);
    expect(fetchesArchive(person(['coordinator'], 'r'), meeting)).toBe(true);
    expect(fetchesArchive(person(['secretary'], 'r'), meeting)).toBe(true);
    expect(fetchesArchive(person(['participant'], 'r'), meeting)).toBe(false);
    expect(fetchesArchive(person(['secretary'], 'umea'), meeting)).toBe(false);
    expect(fetchesArchive(person(['admin'], 'elsewhere'), meeting)).toBe(false);
  });

  it('puts a saved part into the cached minutes, leaving the others as they are', () => {
    const minutes = {
      items: [
        { agendaItemId: 'i1', notes: 'gammal', version: 1 },
        { agendaItemId: 'i2', notes: 'orörd', version: 4 },
      ],
      attendance: [],
      guests: [],
      attendancePart: { version: 0, updatedAt: null, updatedBy: null },
      actions: [action('x', 'Första')],
    } as unknown as Minutes;
    const item = withPart(minutes, partKey.item('i1'), { agendaItemId: 'i1', notes: 'ny', version: 2 });
    expect(item.items).toEqual([
      { agendaItemId: 'i1', notes: 'ny', version: 2 },
      { agendaItemId: 'i2', notes: 'orörd', version: 4 },
    ]);
    const attendance = withPart(minutes, partKey.attendance, {
      attendance: [{ personId: 'p', status: 'present' }],
      guests: [{ name: 'G', organization: null }],
      version: 1,
      updatedAt: 't',
      updatedBy: null,
    });
    expect(attendance.attendancePart).toEqual({ version: 1, updatedAt: 't', updatedBy: null });
    expect(attendance.guests).toEqual([{ name: 'G', organization: null }]);
    expect(attendance.items).toBe(minutes.items);
    const added = withPart(minutes, partKey.action('y'), action('y', 'Andra'));
    expect(added.actions.map((a) => a.title)).toEqual(['Första', 'Andra']);
    const changed = withPart(added, partKey.action('x'), action('x', 'Första, ändrad'));
    expect(changed.actions.map((a) => a.title)).toEqual(['Första, ändrad', 'Andra']);
    expect(withPart(changed, partKey.action('x'), null).actions.map((a) => a.id)).toEqual(['y']);
  });

  it('lists the actions as written: drafts over the server’s, removed ones out, new ones last', () => {
    const drafts = new Map<string, Draft>([
      [partKey.action('x'), draft(partKey.action('x'), fields('Ändrad här'))],
      [partKey.action('gone'), draft(partKey.action('gone'), null)],
      [partKey.action('new'), draft(partKey.action('new'), fields('Ny, inte skickad', null))],
      [partKey.item('i1'), draft(partKey.item('i1'), { notes: 'x', decisions: [] })],
    ]);
    const listed = editedActions(
      [action('x', 'Serverns'), action('gone', 'Tas bort'), action('z', 'Orörd')],
      drafts,
    );
    expect(listed.map((a) => [a.id, a.value.title, a.version, a.unsent])).toEqual([
      ['x', 'Ändrad här', 2, true],
      ['z', 'Orörd', 2, false],
      ['new', 'Ny, inte skickad', null, true],
    ]);
    // A removal the server refused (a colleague changed the action) stays in view with the conflict.
    const refused = new Map([
      [
        partKey.action('gone'),
        draft(partKey.action('gone'), null, { value: action('gone', 'Deras'), version: 3 }),
      ],
    ]);
    expect(editedActions([action('gone', 'Tas bort')], refused)).toMatchObject([
      { id: 'gone', conflict: true, value: { title: 'Tas bort' } },
    ]);
  });

  it('checks an action before it is sent: a title, an owner and a real date', () => {
    expect(actionErrors(fields('Lägesbild'))).toEqual({});
    expect(actionErrors({ ...fields(' '), ownerPersonId: '', dueDate: '2027-13-01' })).toEqual({
      title: 'actionForm.titleRequired',
      ownerPersonId: 'actionForm.personRequired',
      dueDate: 'actionForm.dueDateRequired',
    });
    expect(actionErrors(fields('x'.repeat(301))).title).toBe('actionForm.titleTooLong');
  });
});
