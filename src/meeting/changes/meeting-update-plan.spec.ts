import { type MeetingUpdateCurrent, planMeetingUpdate } from './meeting-update-plan';

const START = new Date('2027-05-10T08:00:00.000Z');
const END = new Date('2027-05-10T09:30:00.000Z');

function current(overrides: Partial<MeetingUpdateCurrent['meeting']> = {}): MeetingUpdateCurrent {
  return {
    meeting: {
      id: 'm1',
      title: 'Samverkan Umeå',
      description: null,
      startAt: START,
      endAt: END,
      status: 'confirmed',
      mode: 'digital',
      locationAddress: null,
      videoUrl: 'https://video.example/a',
      sequence: 3,
      caseNumber: null,
      ...overrides,
    },
    organizationIds: ['umea'],
    participants: [
      { personId: 'anna', role: 'chair', removedAt: null },
      { personId: 'bo', role: 'required', removedAt: null },
      { personId: 'cia', role: 'required', removedAt: new Date('2027-04-01T00:00:00Z') },
    ],
  };
}

/** Throws the domain error with this code. */
function refused(work: () => unknown, code: string): void {
  expect(work).toThrow(expect.objectContaining({ code }));
}

describe('planMeetingUpdate', () => {
  it('moves the time: SEQUENCE + 1, one rescheduled event, everyone checked for collisions', () => {
    const plan = planMeetingUpdate(current(), {
      start: '2027-05-11T10:00:00+02:00',
      end: '2027-05-11T11:00:00+02:00',
    });
    expect(plan.fields).toEqual({
      startAt: new Date('2027-05-11T08:00:00.000Z'),
      endAt: new Date('2027-05-11T09:00:00.000Z'),
      sequence: 4,
    });
    expect(plan.events).toEqual([{ kind: 'rescheduled', meetingId: 'm1', sequence: 4 }]);
    expect(plan.collisionCheckPersonIds).toEqual(['anna', 'bo']);
    expect(plan).toMatchObject({ meetingChanged: true, linksChanged: false, checkParticipants: false });
  });

  it('takes exactly one SEQUENCE step when time, place and status change together', () => {
    const plan = planMeetingUpdate(current({ status: 'planned' }), {
      start: '2027-05-10T09:00:00Z',
      end: '2027-05-10T10:00:00Z',
      mode: 'onsite',
      locationAddress: 'Skolgatan 31A',
      status: 'confirmed',
    });
    expect(plan.fields).toMatchObject({
      sequence: 4,
      status: 'confirmed',
      mode: 'onsite',
      locationAddress: 'Skolgatan 31A',
    });
    expect(plan.events.filter((event) => event.kind === 'rescheduled')).toHaveLength(1);
  });

  it('changes the title only: a details event, no SEQUENCE step, nobody checked for collisions', () => {
    const plan = planMeetingUpdate(current(), { title: 'Nytt namn' });
    expect(plan.fields).toEqual({ title: 'Nytt namn' });
    expect(plan.events).toEqual([{ kind: 'details', meetingId: 'm1' }]);
    expect(plan.collisionCheckPersonIds).toEqual([]);
    expect(plan.meetingChanged).toBe(true);
  });

  it('sees no change in values equal to the stored ones', () => {
    const plan = planMeetingUpdate(current(), {
      title: 'Samverkan Umeå',
      start: START.toISOString(),
      end: END.toISOString(),
      mode: 'digital',
      videoUrl: 'https://video.example/a',
      status: 'confirmed',
      organizationIds: ['umea'],
      participants: [
        { personId: 'bo', role: 'required' },
        { personId: 'anna', role: 'chair' },
      ],
    });
    expect(plan).toMatchObject({
      fields: {},
      events: [],
      meetingChanged: false,
      linksChanged: false,
      organizationIds: null,
    });
    // The organizations and people were named, so the caller still checks that they belong.
    expect(plan.requestedOrganizationIds).toEqual(['umea']);
    expect(plan.checkParticipants).toBe(true);
  });

  it('diffs participants: added (a removed person re-added counts as added), removed and role changes', () => {
    const plan = planMeetingUpdate(current(), {
      participants: [
        { personId: 'anna', role: 'required' },
        { personId: 'cia', role: 'optional' },
        { personId: 'dan', role: 'required' },
      ],
    });
    expect(plan.added).toEqual([
      { personId: 'cia', role: 'optional' },
      { personId: 'dan', role: 'required' },
    ]);
    expect(plan.removedPersonIds).toEqual(['bo']);
    expect(plan.roleChanges).toEqual([{ personId: 'anna', role: 'required' }]);
    // Without a time change only the people added can clash.
    expect(plan.collisionCheckPersonIds).toEqual(['cia', 'dan']);
    expect(plan.events).toEqual([
      { kind: 'details', meetingId: 'm1' },
      { kind: 'participants', meetingId: 'm1', addedPersonIds: ['cia', 'dan'], removedPersonIds: ['bo'] },
    ]);
    expect(plan).toMatchObject({ meetingChanged: false, linksChanged: true, fields: {} });
  });

  it('replaces the organizations when the set differs and checks the participants against them', () => {
    const plan = planMeetingUpdate(current(), { organizationIds: ['umea', 'vindeln'] });
    expect(plan.organizationIds).toEqual(['umea', 'vindeln']);
    expect(plan.checkParticipants).toBe(true);
    expect(plan.participants).toEqual([
      { personId: 'anna', role: 'chair' },
      { personId: 'bo', role: 'required' },
    ]);
    expect(plan.events).toEqual([{ kind: 'details', meetingId: 'm1' }]);
    expect(plan.linksChanged).toBe(true);
  });

  it('refuses what needs no database, before anything is written', () => {
    refused(
      () => planMeetingUpdate(current({ status: 'cancelled' }), { title: 'x' }),
      'MEETING_NOT_EDITABLE',
    );
    refused(() => planMeetingUpdate(current({ status: 'held' }), { title: 'x' }), 'MEETING_NOT_EDITABLE');
    refused(() => planMeetingUpdate(current(), { end: '2027-05-10T07:00:00Z' }), 'MEETING_END_BEFORE_START');
    refused(() => planMeetingUpdate(current(), { status: 'planned' }), 'MEETING_INVALID_TRANSITION');
    refused(
      () => planMeetingUpdate(current(), { status: 'held' }, new Date('2027-05-10T09:00:00Z')),
      'MEETING_NOT_ENDED',
    );
    expect(planMeetingUpdate(current(), { status: 'held' }, new Date('2027-05-10T10:00:00Z')).fields).toEqual(
      {
        status: 'held',
        sequence: 4,
      },
    );
  });
});

describe('planMeetingUpdate: the case number', () => {
  it('is filed on a held meeting when it is the only change, without a new SEQUENCE or events', () => {
    const plan = planMeetingUpdate(current({ status: 'held' }), { caseNumber: 'RUN 2026/123' });
    expect(plan.fields).toEqual({ caseNumber: 'RUN 2026/123' });
    expect(plan.meetingChanged).toBe(true);
    expect(plan.events).toEqual([]);
  });

  it('does not open a held meeting to other changes with it', () => {
    expect(() =>
      planMeetingUpdate(current({ status: 'held' }), { caseNumber: 'RUN 2026/123', title: 'Nytt' }),
    ).toThrow(expect.objectContaining({ code: 'MEETING_NOT_EDITABLE' }));
  });
});
