import { validateSchedulerInput } from './input-validation.js';
import {
  compareStrings,
  instantToMillis,
  isInstant,
  isoWeekday,
  millisToLocal,
  millisToUtcIso,
  timeOfMinutes,
} from './local-time.js';
import * as reasons from './placement-reasons.js';
import { assembleProposal } from './proposal-output.js';
import { resolveSchedulerConfig } from './scheduler-config.js';
import type {
  Attendance,
  ConstraintViolation,
  MoveResult,
  MunicipalityToPlace,
  PlacementReason,
  Proposal,
  ProposedMeeting,
  ProposedTrip,
  SchedulerConfig,
  SchedulerInput,
  SlotCheck,
  TripLeg,
} from './scheduler.types.js';
import { haversineKm, legMinutes, roundKm } from './travel.js';
import { validateProposal } from './validate-proposal.js';

const MINUTE = 60_000;
const TRAVEL_REASONS = new Set(['CHAINED_WITH', 'ROUND_TRIP']);

interface Candidate {
  proposal: Proposal;
  attendance: Attendance;
  tripId: string | null;
}

/**
 * Checks a coordinator's move of one municipality's meeting to `start` against every hard constraint, given
 * the rest of the proposal. An on-site (or hybrid) meeting first tries to join a trip already on that day, then
 * a trip of its own; a hybrid one finally tries remote attendance. Returns the violations of the best try.
 */
export function checkSlot(
  input: SchedulerInput,
  proposal: Proposal,
  municipalityId: string,
  start: string,
): SlotCheck {
  return evaluateMove(input, proposal, municipalityId, start).check;
}

/** Like checkSlot, and on success returns the proposal with the move applied (trips and totals recomputed). */
export function moveMeeting(
  input: SchedulerInput,
  proposal: Proposal,
  municipalityId: string,
  start: string,
): MoveResult {
  const { check, proposal: moved } = evaluateMove(input, proposal, municipalityId, start);
  return check.ok && moved ? { ok: true, proposal: moved, check } : { ok: false, check };
}

function refused(violation: Omit<ConstraintViolation, 'params'>): { check: SlotCheck } {
  return {
    check: { ok: false, violations: [{ ...violation, params: {} }], attendance: null, tripId: null },
  };
}

function evaluateMove(
  input: SchedulerInput,
  proposal: Proposal,
  municipalityId: string,
  start: string,
): { check: SlotCheck; proposal?: Proposal } {
  const errors = validateSchedulerInput(input);
  if (errors.length > 0) {
    return refused({
      code: 'INVALID_INPUT',
      message: errors.map((e) => `${e.path}: ${e.message}`).join('; '),
      municipalityIds: [],
    });
  }
  const municipality = input.municipalities.find((candidate) => candidate.id === municipalityId);
  if (!municipality) {
    return refused({
      code: 'UNKNOWN_MUNICIPALITY',
      message: `${municipalityId} is not in the input`,
      municipalityIds: [municipalityId],
    });
  }
  if (!isInstant(start)) {
    return refused({
      code: 'INVALID_INPUT',
      message: 'start needs an ISO 8601 date-time with offset or Z',
      municipalityIds: [municipalityId],
    });
  }
  const config = resolveSchedulerConfig(input.config);
  const base = withoutMunicipality(input, config, proposal, municipalityId);
  const candidates = candidatesFor(input, config, base, municipality, instantToMillis(start));
  let best: { candidate: Candidate; violations: ConstraintViolation[] } | null = null;
  for (const candidate of candidates) {
    const violations = validateProposal(input, candidate.proposal).filter((violation) =>
      violation.municipalityIds.includes(municipalityId),
    );
    if (violations.length === 0) {
      return {
        check: { ok: true, violations: [], attendance: candidate.attendance, tripId: candidate.tripId },
        proposal: candidate.proposal,
      };
    }
    if (!best || violations.length < best.violations.length) best = { candidate, violations };
  }
  return {
    check: {
      ok: false,
      violations: best?.violations ?? [],
      attendance: best?.candidate.attendance ?? null,
      tripId: best?.candidate.tripId ?? null,
    },
  };
}

/** The proposal without the municipality: its meeting removed and its trip shortened (or dropped). */
function withoutMunicipality(
  input: SchedulerInput,
  config: SchedulerConfig,
  proposal: Proposal,
  municipalityId: string,
): Proposal {
  const old = proposal.meetings.find((meeting) => meeting.municipalityId === municipalityId);
  let meetings = proposal.meetings.filter((meeting) => meeting.municipalityId !== municipalityId);
  let trips = proposal.trips;
  if (old?.tripId) {
    const trip = proposal.trips.find((candidate) => candidate.id === old.tripId);
    trips = proposal.trips.filter((candidate) => candidate.id !== old.tripId);
    const rest = meetings.filter((meeting) => meeting.tripId === old.tripId);
    if (trip && rest.length > 0) {
      const rebuilt = rebuildTrip(input, config, trip.id, rest);
      trips = [...trips, rebuilt.trip];
      meetings = meetings.map((meeting) => rebuilt.meetings.get(meeting.municipalityId) ?? meeting);
    }
  }
  const unplaced = proposal.unplaced.filter((entry) => entry.municipalityId !== municipalityId);
  return assembleProposal(
    proposal.window,
    proposal.timeZone,
    proposal.durationMinutes,
    sortMeetings(meetings),
    sortTrips(trips),
    unplaced,
  );
}

function candidatesFor(
  input: SchedulerInput,
  config: SchedulerConfig,
  base: Proposal,
  municipality: MunicipalityToPlace,
  startMillis: number,
): Candidate[] {
  const meeting = newMeeting(input, config, municipality, startMillis);
  const candidates: Candidate[] = [];
  if (municipality.mode !== 'digital') {
    const maxStops = Math.min(config.maxStopsPerTrip ?? config.maxMeetingsPerDay, config.maxMeetingsPerDay);
    const sameDay = config.allowChaining
      ? base.trips.filter((trip) => trip.localDate === meeting.localDate && trip.stops.length < maxStops)
      : [];
    for (const trip of sameDay) {
      const members = base.meetings.filter((other) => other.tripId === trip.id);
      candidates.push(withTrip(input, config, base, trip.id, [...members, meeting], members));
    }
    candidates.push(withTrip(input, config, base, freeTripId(base, meeting.localDate), [meeting], []));
  }
  if (municipality.mode !== 'onsite') {
    const cause =
      municipality.mode === 'hybrid' ? [remoteReason(input, config, municipality)] : [reasons.digital()];
    const remote: ProposedMeeting = {
      ...meeting,
      attendance: 'remote',
      reasons: [reasons.manualMove(), ...cause],
    };
    candidates.push({
      proposal: assembleProposal(
        base.window,
        base.timeZone,
        base.durationMinutes,
        sortMeetings([...base.meetings, remote]),
        base.trips,
        base.unplaced,
      ),
      attendance: 'remote',
      tripId: null,
    });
  }
  return candidates;
}

function remoteReason(
  input: SchedulerInput,
  config: SchedulerConfig,
  municipality: MunicipalityToPlace,
): PlacementReason {
  const leg = legMinutes(config.office, municipality.seat, config);
  return reasons.hybridRemote('NO_DAY_FOR_TRIP', 2 * leg + input.durationMinutes);
}

function withTrip(
  input: SchedulerInput,
  config: SchedulerConfig,
  base: Proposal,
  tripId: string,
  members: ProposedMeeting[],
  replaced: readonly ProposedMeeting[],
): Candidate {
  const rebuilt = rebuildTrip(input, config, tripId, members);
  const replacedIds = new Set(replaced.map((meeting) => meeting.municipalityId));
  const meetings = [
    ...base.meetings.filter((meeting) => !replacedIds.has(meeting.municipalityId)),
    ...members.map((member) => rebuilt.meetings.get(member.municipalityId) ?? member),
  ];
  const trips = [...base.trips.filter((trip) => trip.id !== tripId), rebuilt.trip];
  return {
    proposal: assembleProposal(
      base.window,
      base.timeZone,
      base.durationMinutes,
      sortMeetings(meetings),
      sortTrips(trips),
      base.unplaced,
    ),
    attendance: 'onsite',
    tripId,
  };
}

/** The meeting at the new start, before its attendance is decided. */
function newMeeting(
  input: SchedulerInput,
  config: SchedulerConfig,
  municipality: MunicipalityToPlace,
  startMillis: number,
): ProposedMeeting {
  const endMillis = startMillis + input.durationMinutes * MINUTE;
  const local = millisToLocal(startMillis, config.timeZone);
  const localEnd = millisToLocal(endMillis, config.timeZone);
  const team = [...new Set(input.regionalTeam)].sort(compareStrings);
  const participants = [...new Set(municipality.participants ?? [])]
    .filter((person) => !team.includes(person))
    .sort(compareStrings);
  return {
    municipalityId: municipality.id,
    municipalityName: municipality.name,
    mode: municipality.mode,
    attendance: 'onsite',
    start: millisToUtcIso(startMillis),
    end: millisToUtcIso(endMillis),
    localDate: local.date,
    localStart: timeOfMinutes(local.minute),
    localEnd: timeOfMinutes(localEnd.minute),
    weekday: isoWeekday(local.date),
    tripId: null,
    travelMinutesBefore: 0,
    travelMinutesAfter: 0,
    participants: [...team, ...participants],
    reasons: [reasons.manualMove()],
  };
}

/**
 * A trip through the given meetings in time order: legs from the coordinates, leaving just in time for the
 * first meeting and back straight after the last. Updates each member's travel fields and travel reason.
 */
function rebuildTrip(
  input: SchedulerInput,
  config: SchedulerConfig,
  tripId: string,
  members: readonly ProposedMeeting[],
): { trip: ProposedTrip; meetings: Map<string, ProposedMeeting> } {
  const ordered = [...members].sort(
    (a, b) => compareStrings(a.start, b.start) || compareStrings(a.municipalityId, b.municipalityId),
  );
  const byId = new Map(input.municipalities.map((municipality) => [municipality.id, municipality]));
  const places = [
    { id: 'office', point: config.office },
    ...ordered.map((meeting) => ({
      id: meeting.municipalityId,
      point: byId.get(meeting.municipalityId)?.seat ?? config.office,
    })),
    { id: 'office', point: config.office },
  ];
  const legs: TripLeg[] = places.slice(1).map((place, i) => ({
    from: places[i].id,
    to: place.id,
    km: roundKm(haversineKm(places[i].point, place.point)),
    minutes: legMinutes(places[i].point, place.point, config),
  }));
  const travelMinutes = legs.reduce((sum, leg) => sum + leg.minutes, 0);
  const departure = instantToMillis(ordered[0].start) - legs[0].minutes * MINUTE;
  const back = instantToMillis(ordered[ordered.length - 1].end) + legs[legs.length - 1].minutes * MINUTE;
  const trip: ProposedTrip = {
    id: tripId,
    localDate: ordered[0].localDate,
    departure: millisToUtcIso(departure),
    return: millisToUtcIso(back),
    localDeparture: timeOfMinutes(millisToLocal(departure, config.timeZone).minute),
    localReturn: timeOfMinutes(millisToLocal(back, config.timeZone).minute),
    stops: ordered.map((meeting) => meeting.municipalityId),
    legs,
    travelMinutes,
  };
  const meetings = new Map<string, ProposedMeeting>();
  ordered.forEach((meeting, i) => {
    const others = ordered
      .filter((other) => other !== meeting)
      .map((other) => ({ id: other.municipalityId, name: other.municipalityName }));
    const travel =
      others.length > 0 ? reasons.chainedWith(others, travelMinutes) : reasons.roundTrip(legs[0].minutes);
    const kept = meeting.reasons.filter((reason) => !TRAVEL_REASONS.has(reason.code));
    const at = kept.findIndex((reason) => reason.code === 'MANUAL_MOVE') + 1;
    meetings.set(meeting.municipalityId, {
      ...meeting,
      attendance: 'onsite',
      tripId,
      travelMinutesBefore: legs[i].minutes,
      travelMinutesAfter: legs[i + 1].minutes,
      reasons: [...kept.slice(0, at), travel, ...kept.slice(at)],
    });
  });
  return { trip, meetings };
}

function freeTripId(proposal: Proposal, date: string): string {
  const used = new Set(proposal.trips.map((trip) => trip.id));
  let n = 1;
  while (used.has(`trip-${date}-${n}`)) n++;
  return `trip-${date}-${n}`;
}

function sortMeetings(meetings: ProposedMeeting[]): ProposedMeeting[] {
  return meetings.sort(
    (a, b) => compareStrings(a.start, b.start) || compareStrings(a.municipalityId, b.municipalityId),
  );
}

function sortTrips(trips: ProposedTrip[]): ProposedTrip[] {
  return trips.sort((a, b) => compareStrings(a.departure, b.departure) || compareStrings(a.id, b.id));
}
