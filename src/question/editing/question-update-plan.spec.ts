import { callerOf as user } from '../../common/testing/callers';
import {
  type QuestionUpdateCurrent,
  checkQuestionUpdate,
  organizationIdsToCheck,
  planQuestionUpdate,
} from './question-update-plan';

const NOW = new Date('2027-03-01T09:00:00.000Z');

function current(overrides: Partial<QuestionUpdateCurrent['question']> = {}): QuestionUpdateCurrent {
  return {
    question: {
      title: 'Kompetensförsörjning',
      description: null,
      ownerKind: 'organization',
      ownerOrganizationId: 'umea',
      ownerExternalName: null,
      responsiblePersonId: 'rut',
      status: 'open',
      closedAt: null,
      version: 4,
      ...overrides,
    },
    links: {
      organizationIds: ['umea'],
      meetingIds: ['m1', 'm2'],
      agendaItemIds: [],
      actionIds: [],
      strategyAreaIds: ['a1'],
    },
  };
}

describe('planQuestionUpdate', () => {
  it('changes the title: one field, the audit before/after and an updated event', () => {
    const plan = planQuestionUpdate(current(), { input: { title: 'Ny titel' }, links: {} }, NOW);
    expect(plan.fields).toEqual({ title: 'Ny titel' });
    expect(plan.links).toEqual({});
    expect(plan.changes).toEqual({ title: { from: 'Kompetensförsörjning', to: 'Ny titel' } });
    expect(plan.before).toMatchObject({ title: 'Kompetensförsörjning', status: 'open' });
    expect(plan.after).toMatchObject({ title: 'Ny titel', status: 'open' });
    expect(plan.event).toBe('updated');
  });

  it('a comment alone is a commented event without changes; nothing at all is no event', () => {
    const commented = planQuestionUpdate(current(), { input: { comment: 'Väntar på svar' }, links: {} }, NOW);
    expect(commented.changes).toEqual({});
    expect(commented.fields).toEqual({});
    expect(commented.event).toBe('commented');
    const same = planQuestionUpdate(
      current(),
      { input: { title: 'Kompetensförsörjning', status: 'open' }, links: {} },
      NOW,
    );
    expect(same.fields).toEqual({});
    expect(same.event).toBeNull();
  });

  it('closing sets closedAt to now; reopening clears it; between open statuses it stays', () => {
    const resolved = planQuestionUpdate(current(), { input: { status: 'resolved' }, links: {} }, NOW);
    expect(resolved.fields).toEqual({ status: 'resolved', closedAt: NOW });
    expect(resolved.changes).toEqual({ status: { from: 'open', to: 'resolved' } });

    const closedAt = new Date('2027-01-01T00:00:00.000Z');
    const reopened = planQuestionUpdate(
      current({ status: 'parked', closedAt }),
      { input: { status: 'in_progress' }, links: {} },
      NOW,
    );
    expect(reopened.fields).toEqual({ status: 'in_progress', closedAt: null });

    const started = planQuestionUpdate(current(), { input: { status: 'in_progress' }, links: {} }, NOW);
    expect(started.fields).toEqual({ status: 'in_progress' });
  });

  it('a new owning municipality joins the organizations the question is raised with', () => {
    const plan = planQuestionUpdate(
      current(),
      {
        input: { owner: { kind: 'organization', organizationId: 'skelleftea' } },
        owner: { organization: { id: 'skelleftea', kind: 'municipality' }, externalName: null },
        links: {},
      },
      NOW,
    );
    expect(plan.fields).toEqual({ ownerOrganizationId: 'skelleftea' });
    expect(plan.links).toEqual({ organizationIds: ['umea', 'skelleftea'] });
    expect(plan.changes).toEqual({
      ownerOrganizationId: { from: 'umea', to: 'skelleftea' },
      organizationIds: { from: ['umea'], to: ['umea', 'skelleftea'] },
    });
    expect(plan.before).toMatchObject({ organizationIds: ['umea'] });
  });

  it('the region or an outside actor as owner links no organization; organizations asked for win', () => {
    const region = planQuestionUpdate(
      current(),
      {
        input: { owner: { kind: 'organization', organizationId: 'vasterbotten' } },
        owner: { organization: { id: 'vasterbotten', kind: 'region' }, externalName: null },
        links: {},
      },
      NOW,
    );
    expect(region.links).toEqual({});
    const external = planQuestionUpdate(
      current(),
      {
        input: { owner: { kind: 'external', name: 'Almi' } },
        owner: { organization: null, externalName: 'Almi' },
        links: {},
      },
      NOW,
    );
    expect(external.fields).toEqual({
      ownerKind: 'external',
      ownerOrganizationId: null,
      ownerExternalName: 'Almi',
    });
    expect(external.links).toEqual({});
    const asked = planQuestionUpdate(
      current(),
      {
        input: {
          owner: { kind: 'organization', organizationId: 'skelleftea' },
          organizationIds: ['lycksele'],
        },
        owner: { organization: { id: 'skelleftea', kind: 'municipality' }, externalName: null },
        links: { organizationIds: ['lycksele', 'skelleftea'] },
      },
      NOW,
    );
    expect(asked.links).toEqual({ organizationIds: ['lycksele', 'skelleftea'] });
  });

  it('compares link lists as sets: the same links in another order change nothing', () => {
    const reordered = planQuestionUpdate(
      current(),
      { input: { meetingIds: ['m2', 'm1'] }, links: { meetingIds: ['m2', 'm1'] } },
      NOW,
    );
    expect(reordered.changes).toEqual({});
    expect(reordered.links).toEqual({ meetingIds: ['m2', 'm1'] });
    expect(reordered.event).toBeNull();
    const areas = planQuestionUpdate(
      current(),
      { input: { strategyAreaIds: [] }, links: { strategyAreaIds: [] } },
      NOW,
    );
    expect(areas.changes).toEqual({ strategyAreaIds: { from: ['a1'], to: [] } });
  });
});

describe('organizationIdsToCheck', () => {
  it('adds the owning municipality once, never the region', () => {
    expect(organizationIdsToCheck(['a', 'b', 'a'], { id: 'c', kind: 'municipality' })).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(organizationIdsToCheck(['a', 'c'], { id: 'c', kind: 'municipality' })).toEqual(['a', 'c']);
    expect(organizationIdsToCheck(['a'], { id: 'r', kind: 'region' })).toEqual(['a']);
    expect(organizationIdsToCheck(['a'], null)).toEqual(['a']);
  });
});

describe('checkQuestionUpdate', () => {
  const question = { responsiblePersonId: 'rut', version: 4 };

  it('lets admins and the region’s coordinators and secretaries change anything', () => {
    expect(() =>
      checkQuestionUpdate(user('municipality', 'admin'), question, { organizationIds: [] }),
    ).not.toThrow();
    expect(() =>
      checkQuestionUpdate(user('region', 'secretary'), question, { organizationIds: [] }),
    ).not.toThrow();
  });

  it('keeps which municipalities a question is raised with from a municipality’s staff', () => {
    expect(() =>
      checkQuestionUpdate(user('municipality', 'coordinator'), question, { title: 'x' }),
    ).not.toThrow();
    expect(() =>
      checkQuestionUpdate(user('municipality', 'secretary'), question, { organizationIds: ['umea'] }),
    ).toThrow(
      expect.objectContaining({ kind: 'forbidden', message: expect.stringContaining('region decides') }),
    );
  });

  it('lets the responsible person change the status and comment only, naming the rest', () => {
    const responsible = { ...user('municipality', 'participant'), personId: 'rut' };
    expect(() =>
      checkQuestionUpdate(responsible, question, { status: 'resolved', comment: 'Klart', version: 4 }),
    ).not.toThrow();
    expect(() => checkQuestionUpdate(responsible, question, { status: 'resolved', title: 'x' })).toThrow(
      expect.objectContaining({ kind: 'forbidden', message: expect.stringContaining('not title') }),
    );
    expect(() =>
      checkQuestionUpdate({ ...responsible, personId: 'other' }, question, { status: 'resolved' }),
    ).toThrow(expect.objectContaining({ kind: 'forbidden' }));
  });

  it('refuses a stale version with the current one', () => {
    expect(() =>
      checkQuestionUpdate(user('region', 'coordinator'), question, { title: 'x', version: 3 }),
    ).toThrow(expect.objectContaining({ code: 'QUESTION_VERSION_CONFLICT', details: { currentVersion: 4 } }));
  });
});
