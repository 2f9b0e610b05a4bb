import { MinutesEntity } from '../minutes.entity';
import { buildMinutesDocument, pdfFilename } from './minutes-document';

const meeting = {
  id: 'm1',
  title: 'Samverkansmöte Umeå',
  startAt: '2027-03-02T08:00:00.000Z',
  endAt: '2027-03-02T09:30:00.000Z',
  organizations: [{ id: 'o1', name: 'Umeå kommun' }],
  locationAddress: null,
  videoUrl: 'https://video.example/abc',
} as any;

function minutes(): MinutesEntity {
  return Object.assign(new MinutesEntity(), {
    status: 'locked',
    items: [
      {
        agendaItemId: 'b',
        position: 2,
        title: 'Internt',
        type: 'discussion',
        visibility: 'restricted',
        secrecyGround: '31 kap. 16 § OSL',
        secrecyNote: 'Företagets kalkyl',
        notes: 'hemligt',
        decisions: [],
      },
      {
        agendaItemId: 'a',
        position: 1,
        title: 'Läget',
        type: 'information',
        visibility: 'public',
        notes: null,
        decisions: ['Noterat'],
      },
      {
        agendaItemId: 'c',
        position: 3,
        title: 'Avslut',
        type: 'other',
        visibility: 'public',
        notes: '',
        decisions: [],
      },
    ],
    attendance: [
      { personId: 'p1', name: 'Anna', organizationId: 'o1', status: 'present' },
      { personId: 'p2', name: 'Bo', organizationId: 'o1', status: 'excused' },
    ],
    guests: [
      { name: 'Cia', organization: 'Almi' },
      { name: 'Dan', organization: null },
    ],
    actions: [
      {
        id: 'x1',
        agendaItemId: 'b',
        title: 'Hemlig åtgärd',
        description: null,
        ownerPersonId: 'p1',
        ownerOrganizationId: 'o1',
        dueDate: '2027-04-01',
        strategyAreaIds: [],
        actionId: null,
      },
      {
        id: 'x2',
        agendaItemId: 'c',
        title: 'Öppen åtgärd',
        description: null,
        ownerPersonId: 'p2',
        ownerOrganizationId: 'o1',
        dueDate: '2027-05-01',
        strategyAreaIds: [],
        actionId: null,
      },
      {
        id: 'x3',
        agendaItemId: null,
        title: 'Utan punkt',
        description: null,
        ownerPersonId: 'p9',
        ownerOrganizationId: 'o1',
        dueDate: '2027-06-01',
        strategyAreaIds: [],
        actionId: null,
      },
      {
        id: 'x4',
        agendaItemId: 'gone',
        title: 'Punkt borttagen',
        description: null,
        ownerPersonId: 'p1',
        ownerOrganizationId: 'o1',
        dueDate: '2027-06-01',
        strategyAreaIds: [],
        actionId: null,
      },
    ],
    lockedAt: new Date('2027-03-05T10:00:00.000Z'),
  });
}

const adjusters = [
  {
    personId: 'p1',
    party: 'municipality',
    decision: 'approved',
    decidedAt: new Date('2027-03-04T23:30:00.000Z'),
  },
  { personId: 'p3', party: 'region', decision: null, decidedAt: null },
] as any;
const names = new Map([
  ['p1', 'Anna'],
  ['p2', 'Bo'],
  ['p3', 'Eva'],
]);

describe('buildMinutesDocument', () => {
  it('numbers the items in order and shows everything in the full document', () => {
    const document = buildMinutesDocument({
      meeting,
      minutes: minutes(),
      full: true,
      adjusters,
      names,
      timeZone: 'Europe/Stockholm',
    });
    expect(document.items.map((item) => [item.number, item.title, item.notes])).toEqual([
      [1, 'Läget', ''],
      [2, 'Internt', 'hemligt'],
      [3, 'Avslut', ''],
    ]);
    expect(document.actions.map((action) => [action.title, action.owner, action.item])).toEqual([
      ['Hemlig åtgärd', 'Anna', '2'],
      ['Öppen åtgärd', 'Bo', '3'],
      ['Utan punkt', '', ''],
      ['Punkt borttagen', 'Anna', ''],
    ]);
    expect(document).toMatchObject({
      final: true,
      location: 'Digitalt möte',
      organizations: 'Umeå kommun',
      present: ['Anna'],
      absent: [],
      excused: ['Bo'],
      guests: ['Cia (Almi)', 'Dan'],
    });
    // The approval date in the deployment's zone: 23:30 UTC on the 4th is the 5th in Stockholm.
    expect(document.adjusters).toEqual([
      { name: 'Anna', party: 'Kommunen', approvedAt: '2027-03-05' },
      { name: 'Eva', party: 'Regionen', approvedAt: '' },
    ]);
  });

  it('marks a restricted item with its ground in the full document, the note included', () => {
    const document = buildMinutesDocument({
      meeting: { ...meeting, caseNumber: 'RUN 2027/12' },
      minutes: minutes(),
      full: true,
      adjusters,
      names,
      timeZone: 'Europe/Stockholm',
    });
    expect(document.caseNumber).toBe('RUN 2027/12');
    expect(document.items.map((item) => item.secrecy)).toEqual([
      null,
      'Sekretess enligt 31 kap. 16 § OSL – Företagets kalkyl',
      null,
    ]);
  });

  it('prints a restricted item as its marking only in the public version, without its content and actions', () => {
    const document = buildMinutesDocument({
      meeting,
      minutes: minutes(),
      full: false,
      adjusters,
      names,
      timeZone: 'Europe/Stockholm',
    });
    expect(document.items.map((item) => [item.number, item.title])).toEqual([
      [1, 'Läget'],
      [2, 'Sekretess enligt 31 kap. 16 § OSL'],
      [3, 'Avslut'],
    ]);
    expect(document.items[1]).toMatchObject({ notes: '', decisions: [], papers: [], secrecy: null });
    expect(JSON.stringify(document)).not.toMatch(/Internt|hemligt|Hemlig åtgärd|Företagets kalkyl/);
    expect(document.caseNumber).toBe('');
    expect(document.actions.map((action) => [action.title, action.item])).toEqual([
      ['Öppen åtgärd', '3'],
      ['Utan punkt', ''],
      ['Punkt borttagen', ''],
    ]);
  });

  it('names the file after the meeting’s local date', () => {
    expect(pdfFilename({ ...meeting, startAt: '2027-03-01T23:30:00.000Z' }, 'Europe/Stockholm')).toBe(
      'protokoll-2027-03-02.pdf',
    );
  });
});
