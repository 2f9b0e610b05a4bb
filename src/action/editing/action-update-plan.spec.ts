import { callerOf as user } from '../../common/testing/callers';
import { type ActionUpdateCurrent, checkActionUpdate, planActionUpdate } from './action-update-plan';

const NOW = new Date('2027-03-01T09:00:00.000Z');

function current(overrides: Partial<ActionUpdateCurrent['action']> = {}): ActionUpdateCurrent {
  return {
    action: {
      ownerPersonId: 'orjan',
      ownerOrganizationId: 'umea',
      regionId: 'vasterbotten',
      meetingId: 'm1',
      agendaItemId: 'i1',
      title: 'Ta fram kompetensplan',
      description: null,
      dueDate: '2027-04-01',
      status: 'open',
      closedAt: null,
      ...overrides,
    },
  };
}

describe('planActionUpdate', () => {
  it('a new due date: one field, an updated event, reminders queued again', () => {
    const plan = planActionUpdate(current(), { input: { dueDate: '2027-05-01' } }, NOW);
    expect(plan.fields).toEqual({ dueDate: '2027-05-01' });
    expect(plan.changes).toEqual({ dueDate: { from: '2027-04-01', to: '2027-05-01' } });
    expect(plan.event).toBe('updated');
    expect(plan.schedulesReminders).toBe(true);
    expect(plan.strategyAreaIds).toBeNull();
  });

  it('a comment alone is a commented event; the same values are no event and no reminders', () => {
    const commented = planActionUpdate(current(), { input: { comment: 'Pågår' } }, NOW);
    expect(commented).toMatchObject({
      fields: {},
      changes: {},
      event: 'commented',
      schedulesReminders: false,
    });
    const same = planActionUpdate(
      current(),
      { input: { title: 'Ta fram kompetensplan', status: 'open' } },
      NOW,
    );
    expect(same).toMatchObject({ fields: {}, changes: {}, event: null, schedulesReminders: false });
  });

  it('closing stamps closedAt (not in the history); reopening clears it and queues reminders', () => {
    const done = planActionUpdate(current(), { input: { status: 'done' } }, NOW);
    expect(done.fields).toEqual({ status: 'done', closedAt: NOW });
    expect(done.changes).toEqual({ status: { from: 'open', to: 'done' } });
    expect(done.schedulesReminders).toBe(false);

    const closedAt = new Date('2027-02-01T10:00:00.000Z');
    const reopened = planActionUpdate(
      current({ status: 'cancelled', closedAt }),
      { input: { status: 'in_progress' } },
      NOW,
    );
    expect(reopened.fields).toEqual({ status: 'in_progress', closedAt: null });
    expect(reopened.changes).toEqual({
      status: { from: 'cancelled', to: 'in_progress' },
      closedAt: { from: closedAt.toISOString(), to: null },
    });
    expect(reopened.schedulesReminders).toBe(true);
  });

  it('a new owner brings the organization and its region', () => {
    const plan = planActionUpdate(
      current(),
      {
        input: { ownerPersonId: 'sara', ownerOrganizationId: 'skelleftea' },
        ownerOrganization: { id: 'skelleftea', regionId: 'vasterbotten' },
      },
      NOW,
    );
    expect(plan.fields).toEqual({ ownerPersonId: 'sara', ownerOrganizationId: 'skelleftea' });
    expect(Object.keys(plan.changes)).toEqual(['ownerPersonId', 'ownerOrganizationId']);
  });

  it('leaving the meeting leaves its agenda item behind, unless an item is named', () => {
    const left = planActionUpdate(current(), { input: { meetingId: 'm2' } }, NOW);
    expect(left.fields).toEqual({ meetingId: 'm2', agendaItemId: null });
    const moved = planActionUpdate(current(), { input: { meetingId: 'm2', agendaItemId: 'i7' } }, NOW);
    expect(moved.fields).toEqual({ meetingId: 'm2', agendaItemId: 'i7' });
    const unlinked = planActionUpdate(current(), { input: { meetingId: 'm1' } }, NOW);
    expect(unlinked.fields).toEqual({});
  });

  it('stores strategy areas only when they differ in order or content', () => {
    const same = planActionUpdate(
      { ...current(), strategyAreaIds: ['a1', 'a2'] },
      { input: { strategyAreaIds: ['a1', 'a2'] }, strategyAreaIds: ['a1', 'a2'] },
      NOW,
    );
    expect(same.strategyAreaIds).toBeNull();
    expect(same.event).toBeNull();
    const other = planActionUpdate(
      { ...current(), strategyAreaIds: ['a1', 'a2'] },
      { input: { strategyAreaIds: ['a2'] }, strategyAreaIds: ['a2'] },
      NOW,
    );
    expect(other.strategyAreaIds).toEqual(['a2']);
    expect(other.changes).toEqual({ strategyAreaIds: { from: ['a1', 'a2'], to: ['a2'] } });
    expect(other.schedulesReminders).toBe(false);
  });
});

describe('checkActionUpdate', () => {
  const action = {
    status: 'open' as const,
    meetingId: 'm1',
    ownerPersonId: 'orjan',
    ownerOrganizationId: 'umea',
    version: 3,
  };

  it('refuses a proposed action: it changes through its minutes', () => {
    expect(() =>
      checkActionUpdate(user('region', 'admin'), { ...action, status: 'proposed' }, { title: 'x' }),
    ).toThrow(expect.objectContaining({ code: 'ACTION_PROPOSED', details: { meetingId: 'm1' } }));
  });

  it('lets admins, the region’s coordinators and the owner organization’s staff change anything', () => {
    expect(() => checkActionUpdate(user('region', 'coordinator'), action, { title: 'x' })).not.toThrow();
    expect(() => checkActionUpdate(user('municipality', 'secretary'), action, { title: 'x' })).not.toThrow();
    expect(() =>
      checkActionUpdate(
        user('municipality', 'secretary'),
        { ...action, ownerOrganizationId: 'lycksele' },
        {
          title: 'x',
        },
      ),
    ).toThrow(expect.objectContaining({ kind: 'forbidden', message: 'You cannot change this action' }));
  });

  it('lets the owner change the status and comment only, naming the rest', () => {
    const owner = { ...user('municipality', 'participant'), personId: 'orjan' };
    expect(() => checkActionUpdate(owner, action, { status: 'done', comment: 'Klart' })).not.toThrow();
    expect(() => checkActionUpdate(owner, action, { status: 'done', dueDate: '2027-06-01' })).toThrow(
      expect.objectContaining({ kind: 'forbidden', message: expect.stringContaining('not dueDate') }),
    );
  });

  it('refuses a stale version with the current one', () => {
    expect(() => checkActionUpdate(user('region', 'admin'), action, { title: 'x', version: 2 })).toThrow(
      expect.objectContaining({ code: 'ACTION_VERSION_CONFLICT', details: { currentVersion: 3 } }),
    );
  });
});
