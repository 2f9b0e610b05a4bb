import { planRoundFirstFit } from './first-fit.baseline.js';
import { planRound } from './planner.js';
import {
  digitalMunicipality,
  meetingOf,
  proposalOf,
  readVasterbotten,
  roundInput,
} from './scheduler-test-fixtures.js';
import type { SchedulerInput } from './scheduler.types.js';
import { validateProposal } from './validate-proposal.js';

describe('planRoundFirstFit (baseline)', () => {
  it('gives each municipality, in input order, the earliest feasible slot', () => {
    const input = roundInput({
      municipalities: [digitalMunicipality('b'), digitalMunicipality('a'), digitalMunicipality('c')],
    });
    const proposal = proposalOf(planRoundFirstFit(input));
    expect(validateProposal(input, proposal)).toEqual([]);
    expect(meetingOf(proposal, 'b')).toMatchObject({ localDate: '2026-09-07', localStart: '09:00' });
    expect(meetingOf(proposal, 'a')).toMatchObject({ localDate: '2026-09-07', localStart: '10:00' });
    expect(meetingOf(proposal, 'c')).toMatchObject({ localDate: '2026-09-08', localStart: '09:00' });
  });

  it('drives to every on-site meeting and back, so the engine travels less on Västerbotten', () => {
    const file = readVasterbotten();
    const input: SchedulerInput = roundInput({
      window: { firstDate: '2026-09-01', lastDate: '2026-11-30' },
      municipalities: file.municipalities.map((m) => ({
        id: m.code,
        name: m.name,
        seat: m.seat,
        mode: 'hybrid',
      })),
    });
    const baseline = proposalOf(planRoundFirstFit(input));
    const engine = proposalOf(planRound(input));
    expect(validateProposal(input, baseline)).toEqual([]);
    expect(baseline.trips.every((trip) => trip.stops.length === 1)).toBe(true);
    expect(engine.totals.onsite).toBe(baseline.totals.onsite);
    expect(engine.totals.travelMinutes).toBeLessThan(baseline.totals.travelMinutes);
  });
});
