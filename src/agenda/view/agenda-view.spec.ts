import { toAgendaView } from './agenda-view';

const meeting = {
  id: 'm1',
  status: 'confirmed',
  startAt: '2027-03-02T08:00:00.000Z',
  endAt: '2027-03-02T09:00:00.000Z',
} as any;
const agenda = {
  meetingId: 'm1',
  templateId: null,
  contentVersion: 4,
  publishedAt: null,
  sentVersion: null,
  sentAt: null,
  carriedOver: null,
} as any;
const deadline = { date: '2027-02-23', closesAt: new Date('2027-02-24T00:00:00+01:00') };

function item(id: string, status: string, position: number, extra: Record<string, unknown> = {}): any {
  return {
    id,
    meetingId: 'm1',
    position,
    title: id,
    description: null,
    type: 'information',
    presenterPersonId: null,
    presenterParty: null,
    durationMinutes: 20,
    strategyAreaIds: [],
    links: [],
    visibility: 'public',
    closing: false,
    status,
    source: 'added',
    proposedBy: null,
    decidedBy: null,
    decidedAt: null,
    decisionReason: null,
    carriedFromItemId: null,
    movedToMeetingId: null,
    version: 1,
    ...extra,
  };
}

const carried = { actions: [], questions: [], takenAt: '2027-02-20T10:00:00.000Z' } as any;

describe('toAgendaView', () => {
  const items = [
    item('a', 'scheduled', 1, { presenterPersonId: 'p1' }),
    item('proposal', 'proposed', 2),
    item('b', 'accepted', 3, { type: 'follow-up' }),
    item('declined', 'declined', 4),
    item('c', 'scheduled', 5),
  ];

  it('numbers the items on the agenda, lists proposals apart, no warning while they fit the meeting', () => {
    const view = toAgendaView({
      meeting,
      agenda,
      items,
      carried,
      presenterNames: new Map([['p1', 'Anna']]),
      papers: new Map(),
      paperUpload: { maxBytes: 1024, extensions: ['pdf'] },
      deadline,
      locale: 'en',
      now: Date.parse('2027-02-01T00:00:00Z'),
    });
    expect(view.items.map((entry) => [entry.number, entry.id])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
    ]);
    expect(view.items[0].presenter).toEqual({ personId: 'p1', name: 'Anna', party: null });
    // The follow-ups ride on the follow-up item, not beside it.
    expect(view.items[1].carriedOver).toBe(carried);
    expect(view.unplacedCarriedOver).toBeNull();
    expect(view.proposals.map((entry) => [entry.number, entry.id])).toEqual([
      [null, 'proposal'],
      [null, 'declined'],
    ]);
    expect(view).toMatchObject({ meetingMinutes: 60, totalMinutes: 60, warnings: [], proposalsOpen: true });
  });

  it('warns in the caller’s language when the items take longer than the meeting, and closes proposals', () => {
    const view = toAgendaView({
      meeting,
      agenda,
      items: [...items, item('d', 'scheduled', 6)],
      carried,
      presenterNames: new Map(),
      papers: new Map(),
      paperUpload: { maxBytes: 1024, extensions: ['pdf'] },
      deadline,
      locale: 'sv',
      now: Date.parse('2027-02-25T00:00:00Z'),
    });
    expect(view.warnings).toEqual([
      {
        code: 'AGENDA_EXCEEDS_MEETING',
        message: 'Punkterna tar 80 minuter; mötet varar 60',
        details: { totalMinutes: 80, meetingMinutes: 60 },
      },
    ]);
    expect(view.proposalsOpen).toBe(false);
  });

  it('shows the follow-ups apart when no item of the agenda carries them', () => {
    const view = toAgendaView({
      meeting,
      agenda,
      items: [item('a', 'scheduled', 1)],
      carried,
      presenterNames: new Map(),
      papers: new Map(),
      paperUpload: { maxBytes: 1024, extensions: ['pdf'] },
      deadline,
      locale: 'sv',
      now: 0,
    });
    expect(view.unplacedCarriedOver).toBe(carried);
    expect(view.items[0].carriedOver).toBeNull();
  });
});
