import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  GeoPoint,
  MunicipalityToPlace,
  PlanResult,
  Proposal,
  ProposedMeeting,
  SchedulerInput,
} from './scheduler.types.js';

/** Shared by the scheduler's specs (and usable by the rounds feature's tests): real Västerbotten data. */
export interface SeatFile {
  region: { seat: GeoPoint };
  municipalities: { code: string; name: string; seat: GeoPoint }[];
}

export function readVasterbotten(): SeatFile {
  const path = join(__dirname, '..', '..', '..', 'config', 'vasterbotten.json');
  return JSON.parse(readFileSync(path, 'utf8')) as SeatFile;
}

export function vasterbottenMunicipality(
  code: string,
  overrides: Partial<MunicipalityToPlace> = {},
): MunicipalityToPlace {
  const found = readVasterbotten().municipalities.find((municipality) => municipality.code === code);
  if (!found) throw new Error(`no municipality ${code} in config/vasterbotten.json`);
  return { id: found.code, name: found.name, seat: found.seat, mode: 'onsite', ...overrides };
}

/** A digital municipality at Umeå's seat; tests that do not care about travel use these. */
export function digitalMunicipality(
  id: string,
  overrides: Partial<MunicipalityToPlace> = {},
): MunicipalityToPlace {
  return { id, name: `Kommun ${id}`, seat: { lat: 63.8258, lon: 20.263 }, mode: 'digital', ...overrides };
}

export function roundInput(overrides: Partial<SchedulerInput> = {}): SchedulerInput {
  return {
    window: { firstDate: '2026-09-07', lastDate: '2026-09-11' },
    durationMinutes: 60,
    municipalities: [],
    regionalTeam: ['region-anna', 'region-bo'],
    busy: [],
    ...overrides,
  };
}

export function proposalOf(result: PlanResult): Proposal {
  if (!result.ok) throw new Error(`planning refused: ${JSON.stringify(result.errors)}`);
  return result.proposal;
}

export function meetingOf(proposal: Proposal, municipalityId: string): ProposedMeeting {
  const meeting = proposal.meetings.find((candidate) => candidate.municipalityId === municipalityId);
  if (!meeting) throw new Error(`${municipalityId} was not placed: ${JSON.stringify(proposal.unplaced)}`);
  return meeting;
}
