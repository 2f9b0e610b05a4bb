import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { planRound } from './planner.js';
import {
  digitalMunicipality,
  proposalOf,
  roundInput,
  vasterbottenMunicipality,
} from './scheduler-test-fixtures.js';
import type { SchedulerInput } from './scheduler.types.js';

/*
 * The engine must not depend on the server's TZ. A child `node` process with another TZ compiles the engine's
 * TypeScript on the fly with @swc/core (the compiler jest already uses) and plans the same rounds; its output
 * must equal this process's, byte for byte.
 */

const ENGINE = join(__dirname, 'planner.ts');

// Runs in the child: a require hook that compiles .ts (and maps the `.js` import specifiers to `.ts`).
const CHILD_SCRIPT = `
const fs = require('node:fs');
const Module = require('node:module');
const swc = require(process.env.SWC_CORE);
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  if (request.startsWith('.') && request.endsWith('.js')) {
    try { return resolve.call(this, request.slice(0, -3) + '.ts', parent, ...rest); } catch {}
  }
  return resolve.call(this, request, parent, ...rest);
};
require.extensions['.ts'] = (module, filename) => {
  const { code } = swc.transformSync(fs.readFileSync(filename, 'utf8'), {
    filename, jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};
const { planRound } = require(process.env.ENGINE);
const inputs = JSON.parse(fs.readFileSync(0, 'utf8'));
process.stdout.write(JSON.stringify({
  zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  offset: new Date('2026-07-01T12:00:00Z').getTimezoneOffset(),
  results: inputs.map((input) => planRound(input)),
}));
`;

function dstRound(firstDate: string, lastDate: string): SchedulerInput {
  return roundInput({
    window: { firstDate, lastDate },
    durationMinutes: 90,
    municipalities: [
      vasterbottenMunicipality('2460'),
      vasterbottenMunicipality('2403'),
      vasterbottenMunicipality('2481', { mode: 'hybrid', participants: ['kommun-lycksele'] }),
      vasterbottenMunicipality('2482', { preferredWeekdays: [5] }),
      digitalMunicipality('d1', {
        participants: ['kommun-d1'],
        lastMeetingEnd: `${firstDate}T10:00:00+01:00`,
      }),
      digitalMunicipality('d2', { blockedDates: [firstDate] }),
    ],
    busy: [
      { personIds: ['region-anna'], start: `${firstDate}T08:00:00Z`, end: `${firstDate}T12:00:00Z` },
      { personIds: ['kommun-lycksele'], start: `${lastDate}T07:00:00Z`, end: `${lastDate}T15:00:00Z` },
    ],
    config: { minGapDays: 0, maxMeetingsPerDay: 1 },
  });
}

const inputs = [dstRound('2026-03-25', '2026-04-02'), dstRound('2026-10-21', '2026-10-30')];

describe('time-zone independence', () => {
  const here = inputs.map((input) => planRound(input));

  it.each(['America/New_York', 'UTC', 'Australia/Lord_Howe'])(
    'plans the DST weeks identically under TZ=%s',
    (zone) => {
      const child = spawnSync(process.execPath, ['-e', CHILD_SCRIPT], {
        input: JSON.stringify(inputs),
        env: { ...process.env, TZ: zone, ENGINE, SWC_CORE: require.resolve('@swc/core') },
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(child.stderr).toBe('');
      const output = JSON.parse(child.stdout) as { zone: string; offset: number; results: unknown };
      // The child really ran in that zone…
      expect(output.zone).toBe(zone);
      expect(output.offset).toBe({ 'America/New_York': 240, UTC: 0, 'Australia/Lord_Howe': -630 }[zone]);
      // …and planned exactly what this process planned.
      expect(output.results).toEqual(JSON.parse(JSON.stringify(here)));
    },
  );

  it('puts local 09:00 at 08:00Z in winter time and 07:00Z in summer time in both DST weeks', () => {
    for (const proposal of here.map((result) => proposalOf(result))) {
      expect(proposal.meetings.length).toBeGreaterThan(3);
      for (const meeting of proposal.meetings) {
        const summer = meeting.localDate > '2026-03-29' && meeting.localDate < '2026-10-25';
        const offsetHours = summer ? 2 : 1;
        const hour = Number(meeting.localStart.slice(0, 2)) - offsetHours;
        expect(meeting.start).toBe(
          `${meeting.localDate}T${String(hour).padStart(2, '0')}:${meeting.localStart.slice(3)}:00Z`,
        );
      }
    }
  });
});
