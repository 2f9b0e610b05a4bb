import type { RoundEntity, RoundItemEntity } from '../round.entity';
import { roundMeetingInputs } from './round-meetings';

const round = {
  id: 'r1',
  regionId: 'vasterbotten',
  name: 'Samverkansrunda våren 2027',
  caseNumber: 'RVB 2027/12',
  regionalTeam: ['anna', 'bo'],
  input: {
    municipalities: [
      { id: 'umea', name: 'Umeå' },
      { id: 'lycksele', name: 'Lycksele' },
    ],
  },
} as unknown as RoundEntity;

function item(
  organizationId: string,
  mode: RoundItemEntity['mode'],
  participantIds: string[],
): RoundItemEntity {
  return {
    organizationId,
    mode,
    participantIds,
    startAt: new Date('2027-04-12T07:00:00.000Z'),
    endAt: new Date('2027-04-12T08:30:00.000Z'),
  } as RoundItemEntity;
}

const location = { address: 'Rådhustorget 1', videoUrl: 'https://video.example/umea' };

describe('roundMeetingInputs', () => {
  it('titles each meeting after the round and municipality; the team’s first member chairs', () => {
    const [meeting] = roundMeetingInputs(
      round,
      [item('umea', 'hybrid', ['anna', 'bo', 'cia'])],
      new Map([['umea', { location }]]),
      new Set(['anna', 'bo', 'cia']),
    );
    expect(meeting).toEqual({
      roundId: 'r1',
      regionId: 'vasterbotten',
      organizationId: 'umea',
      title: 'Samverkansrunda våren 2027 – Umeå',
      start: new Date('2027-04-12T07:00:00.000Z'),
      end: new Date('2027-04-12T08:30:00.000Z'),
      mode: 'hybrid',
      locationAddress: 'Rådhustorget 1',
      videoUrl: 'https://video.example/umea',
      caseNumber: 'RVB 2027/12',
      participants: [
        { personId: 'anna', role: 'chair' },
        { personId: 'bo', role: 'required' },
        { personId: 'cia', role: 'required' },
      ],
    });
  });

  it('takes the address unless digital, the video link unless on site, and only people who still exist', () => {
    const [digital, onsite, noAgreement] = roundMeetingInputs(
      round,
      [item('umea', 'digital', ['anna', 'gone']), item('umea', 'onsite', []), item('lycksele', 'hybrid', [])],
      new Map([['umea', { location }]]),
      new Set(['anna']),
    );
    expect(digital).toMatchObject({ locationAddress: null, videoUrl: location.videoUrl });
    expect(digital.participants).toEqual([{ personId: 'anna', role: 'chair' }]);
    expect(onsite).toMatchObject({ locationAddress: location.address, videoUrl: null });
    expect(noAgreement).toMatchObject({
      title: 'Samverkansrunda våren 2027 – Lycksele',
      locationAddress: null,
      videoUrl: null,
    });
  });
});
