/**
 * Benchmark of the round scheduler against the naive first-fit BASELINE, run in the same process.
 * `npm run bench:scheduler`. Not a test: it prints figures. Targets (issue 3): 15 municipalities ≤ 100 ms,
 * 290 ≤ 2 s, total travel ≤ 0.8 × first-fit's, zero hard-constraint violations.
 */
import { performance } from 'node:perf_hooks';
import {
  planRound,
  planRoundFirstFit,
  validateProposal,
  type PlanResult,
  type Proposal,
  type SchedulerInput,
} from '../src/round/scheduler/index.js';
import { stressRound, swedishRounds, vasterbottenRound } from './scheduler-bench-data.js';
import { maxPairSavings } from './scheduler-pairing-bound.js';

interface Scenario {
  name: string;
  note: string;
  inputs: SchedulerInput[];
  runs: number;
}

interface Measured {
  medianMs: number;
  firstMs: number;
  proposals: Proposal[];
}

function unwrap(result: PlanResult): Proposal {
  if (!result.ok) throw new Error(`invalid bench input: ${JSON.stringify(result.errors)}`);
  return result.proposal;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Wall time of planning every input of the scenario once, `runs` times; the first run is cold. */
function measure(
  inputs: SchedulerInput[],
  runs: number,
  plan: (input: SchedulerInput) => PlanResult,
): Measured {
  const times: number[] = [];
  let proposals: Proposal[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    proposals = inputs.map((input) => unwrap(plan(input)));
    times.push(performance.now() - started);
  }
  return { medianMs: median(times), firstMs: times[0], proposals };
}

function sum(proposals: Proposal[], pick: (proposal: Proposal) => number): number {
  return proposals.reduce((total, proposal) => total + pick(proposal), 0);
}

function violations(inputs: SchedulerInput[], proposals: Proposal[]): number {
  return inputs.reduce((total, input, i) => total + validateProposal(input, proposals[i]).length, 0);
}

/**
 * The best ratio any planner with at most two stops a trip could reach on the same on-site meetings
 * (see scheduler-pairing-bound.ts); null when trips may have more stops.
 */
function bestPairRatio(inputs: SchedulerInput[], baseline: Proposal[]): number | null {
  let saved = 0;
  for (const [i, input] of inputs.entries()) {
    const onsite = new Set(
      baseline[i].meetings.filter((m) => m.attendance === 'onsite').map((m) => m.municipalityId),
    );
    const savings = maxPairSavings(input, onsite);
    if (savings === null) return null;
    saved += savings;
  }
  const travel = sum(baseline, (p) => p.totals.travelMinutes);
  return (travel - saved) / travel;
}

function pad(value: string | number, width: number): string {
  return String(value).padStart(width);
}

const scenarios: Scenario[] = [
  {
    name: '15 Västerbotten',
    note: 'real seats, 1 call, Q4 2026, 90 min, travel inside 09–16',
    inputs: [vasterbottenRound()],
    runs: 21,
  },
  {
    name: '15 Västerbotten, travel 07–18',
    note: 'same, travelHours 07:00–18:00 (meetings still 09–16)',
    inputs: [vasterbottenRound({ travelHours: { start: '07:00', end: '18:00' } })],
    runs: 21,
  },
  {
    name: '290 Sweden',
    note: '21 regions, 21 calls (one per office/team), Q4 2026',
    inputs: swedishRounds(),
    runs: 7,
  },
  {
    name: '290 Sweden, travel 08–17',
    note: 'same, travelHours 08:00–17:00 (meetings still 09–16)',
    inputs: swedishRounds({ travelHours: { start: '08:00', end: '17:00' } }),
    runs: 7,
  },
  {
    name: '2,000 stress',
    note: '1 call, 1 team, 2027–2029, ≤ 4 meetings/day, 60 min, seats within 60 km',
    inputs: [stressRound()],
    runs: 3,
  },
];

console.log(
  'Round scheduler vs first-fit baseline (same process; times are medians, cold first run in brackets)\n',
);
const header = [
  'scenario'.padEnd(30),
  pad('munis', 6),
  pad('engine ms', 17),
  pad('first-fit ms', 16),
  pad('placed e/ff', 12),
  pad('trips e/ff', 11),
  pad('travel h engine', 16),
  pad('travel h ff', 12),
  pad('ratio', 6),
  pad('bound', 6),
  pad('violations e/ff', 16),
].join(' ');
console.log(header);
console.log('-'.repeat(header.length));
for (const scenario of scenarios) {
  const engine = measure(scenario.inputs, scenario.runs, (input) => planRound(input));
  const baseline = measure(scenario.inputs, scenario.runs, (input) => planRoundFirstFit(input));
  const municipalities = sum(engine.proposals, (p) => p.totals.municipalities);
  const engineTravel = sum(engine.proposals, (p) => p.totals.travelMinutes) / 60;
  const baselineTravel = sum(baseline.proposals, (p) => p.totals.travelMinutes) / 60;
  const row = [
    scenario.name.padEnd(30),
    pad(municipalities, 6),
    pad(`${engine.medianMs.toFixed(1)} (${engine.firstMs.toFixed(0)})`, 17),
    pad(`${baseline.medianMs.toFixed(1)} (${baseline.firstMs.toFixed(0)})`, 16),
    pad(
      `${sum(engine.proposals, (p) => p.totals.placed)}/${sum(baseline.proposals, (p) => p.totals.placed)}`,
      12,
    ),
    pad(
      `${sum(engine.proposals, (p) => p.totals.trips)}/${sum(baseline.proposals, (p) => p.totals.trips)}`,
      11,
    ),
    pad(engineTravel.toFixed(1), 16),
    pad(baselineTravel.toFixed(1), 12),
    pad((engineTravel / baselineTravel).toFixed(2), 6),
    pad(bestPairRatio(scenario.inputs, baseline.proposals)?.toFixed(2) ?? '–', 6),
    pad(
      `${violations(scenario.inputs, engine.proposals)}/${violations(scenario.inputs, baseline.proposals)}`,
      16,
    ),
  ].join(' ');
  console.log(row);
  const engineOnsite = sum(engine.proposals, (p) => p.totals.onsite);
  const baselineOnsite = sum(baseline.proposals, (p) => p.totals.onsite);
  const perMeeting = (hours: number, meetings: number) => ((hours * 60) / Math.max(1, meetings)).toFixed(0);
  console.log(
    `  ${scenario.note}; on-site meetings e/ff ${engineOnsite}/${baselineOnsite}, ` +
      `travel min per on-site meeting e/ff ${perMeeting(engineTravel, engineOnsite)}/${perMeeting(baselineTravel, baselineOnsite)}`,
  );
}
console.log(
  [
    '',
    'ratio = engine travel / first-fit travel (target ≤ 0.80).',
    'bound = the lowest ratio ANY planner could reach with ≤ 2 stops a trip on the same on-site meetings',
    '        (max-weight pairing of seats that fit one day and share a free day; exact up to 22 per round).',
    'violations = validateProposal findings for engine/first-fit (must be 0).',
  ].join('\n'),
);
