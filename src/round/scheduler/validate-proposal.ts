import { TEAM_OWNER } from './day-book.js';
import { validateSchedulerInput } from './input-validation.js';
import {
  addDays,
  compareStrings,
  instantToMillis,
  isInstant,
  millisToLocal,
  minutesOfTime,
  timeOfMinutes,
} from './local-time.js';
import { resolveSchedulerConfig } from './scheduler-config.js';
import type {
  ConstraintCode,
  ConstraintViolation,
  GeoPoint,
  MunicipalityToPlace,
  Proposal,
  ProposedMeeting,
  ProposedTrip,
  ReasonParams,
  SchedulerConfig,
  SchedulerInput,
} from './scheduler.types.js';
import { legMinutes } from './travel.js';
import { exclusionOf } from './working-calendar.js';

interface Context {
  input: SchedulerInput;
  config: SchedulerConfig;
  byId: Map<string, MunicipalityToPlace>;
  team: ReadonlySet<string>;
  workStart: number;
  workEnd: number;
  travelStart: number;
  travelEnd: number;
  violations: ConstraintViolation[];
}

interface TimedMeeting {
  meeting: ProposedMeeting;
  municipality: MunicipalityToPlace;
  start: number;
  end: number;
}

/** Something that occupies a person: a proposed meeting or trip, or existing busy time. */
interface Commitment {
  start: number;
  end: number;
  label: string;
  municipalityIds: string[];
  proposed: boolean;
}

const MINUTE = 60_000;

/**
 * Every hard-constraint violation of a proposal, recomputed from the input alone (instants, the calendar,
 * coordinates), never trusting what the proposal says about itself. Empty means the proposal is valid.
 * Used by tests, the benchmark, checkSlot and the rounds API.
 */
export function validateProposal(input: SchedulerInput, proposal: Proposal): ConstraintViolation[] {
  const inputErrors = validateSchedulerInput(input);
  if (inputErrors.length > 0) {
    return inputErrors.map((error) => ({
      code: 'INVALID_INPUT',
      message: `${error.path}: ${error.message}`,
      municipalityIds: [],
      params: { errorCode: error.code, path: error.path },
    }));
  }
  const config = resolveSchedulerConfig(input.config);
  const travel = config.travelHours ?? config.workingHours;
  const context: Context = {
    input,
    config,
    byId: new Map(input.municipalities.map((municipality) => [municipality.id, municipality])),
    team: new Set(input.regionalTeam),
    workStart: minutesOfTime(config.workingHours.start),
    workEnd: minutesOfTime(config.workingHours.end),
    travelStart: minutesOfTime(travel.start),
    travelEnd: minutesOfTime(travel.end),
    violations: [],
  };
  checkCompleteness(context, proposal);
  const timed = timeMeetings(context, proposal);
  for (const meeting of timed) checkMeeting(context, meeting);
  const tripsById = checkTrips(context, proposal, timed);
  checkAttendance(context, timed, tripsById);
  checkPeople(context, timed, tripsById);
  checkDailyLimit(context, timed);
  checkTotals(context, proposal);
  return context.violations.sort(
    (a, b) =>
      compareStrings(a.code, b.code) ||
      compareStrings(a.municipalityIds.join(), b.municipalityIds.join()) ||
      compareStrings(a.message, b.message),
  );
}

function report(
  context: Context,
  code: ConstraintCode,
  municipalityIds: readonly string[],
  message: string,
  params: ReasonParams = {},
): void {
  context.violations.push({
    code,
    message,
    municipalityIds: [...new Set(municipalityIds)].sort(compareStrings),
    params,
  });
}

function checkCompleteness(context: Context, proposal: Proposal): void {
  const seen = new Set<string>();
  const entries = [
    ...proposal.meetings.map((meeting) => meeting.municipalityId),
    ...proposal.unplaced.map((unplaced) => unplaced.municipalityId),
  ];
  for (const id of entries) {
    if (!context.byId.has(id)) report(context, 'UNKNOWN_MUNICIPALITY', [id], `${id} is not in the input`);
    else if (seen.has(id)) report(context, 'DUPLICATE_PLACEMENT', [id], `${id} appears more than once`);
    seen.add(id);
  }
  for (const id of context.byId.keys()) {
    if (!seen.has(id))
      report(context, 'MISSING_MUNICIPALITY', [id], `${id} is neither placed nor listed as unplaced`);
  }
}

function timeMeetings(context: Context, proposal: Proposal): TimedMeeting[] {
  const timed: TimedMeeting[] = [];
  for (const meeting of proposal.meetings) {
    const municipality = context.byId.get(meeting.municipalityId);
    if (!municipality) continue;
    if (!isInstant(meeting.start) || !isInstant(meeting.end)) {
      report(
        context,
        'INCONSISTENT_PROPOSAL',
        [meeting.municipalityId],
        'start and end must be ISO instants',
      );
      continue;
    }
    timed.push({
      meeting,
      municipality,
      start: instantToMillis(meeting.start),
      end: instantToMillis(meeting.end),
    });
  }
  return timed;
}

function checkMeeting(context: Context, { meeting, municipality, start, end }: TimedMeeting): void {
  const { config } = context;
  const ids = [municipality.id];
  const name = municipality.name;
  if (end - start !== context.input.durationMinutes * MINUTE) {
    report(
      context,
      'WRONG_DURATION',
      ids,
      `${name}: lasts ${(end - start) / MINUTE} min, not ${context.input.durationMinutes}`,
    );
  }
  const local = millisToLocal(start, config.timeZone);
  const localEnd = millisToLocal(end, config.timeZone);
  const date = local.date;
  if (
    meeting.localDate !== date ||
    meeting.localStart !== timeOfMinutes(local.minute) ||
    meeting.localEnd !== timeOfMinutes(localEnd.minute)
  ) {
    report(
      context,
      'INCONSISTENT_PROPOSAL',
      ids,
      `${name}: local date/time fields do not match the instants`,
    );
  }
  if (date < context.input.window.firstDate || date > context.input.window.lastDate) {
    report(context, 'OUTSIDE_WINDOW', ids, `${name}: ${date} is outside the window`, { date });
  }
  const exclusion = exclusionOf(date, config);
  if (exclusion) {
    report(context, exclusion.code, ids, `${name}: ${date} is not a working day (${exclusion.label})`, {
      date,
      label: exclusion.label,
    });
  }
  const inHours =
    !local.hasSeconds &&
    localEnd.date === date &&
    local.minute >= context.workStart &&
    localEnd.minute + (localEnd.hasSeconds ? 1 : 0) <= context.workEnd;
  if (!inHours) {
    report(
      context,
      'OUTSIDE_WORKING_HOURS',
      ids,
      `${name}: ${timeOfMinutes(local.minute)}–${timeOfMinutes(localEnd.minute)} is outside ${config.workingHours.start}–${config.workingHours.end}`,
      { date },
    );
  }
  if ((municipality.blockedDates ?? []).includes(date)) {
    report(context, 'BLOCKED_DATES', ids, `${name}: ${date} is one of its blocked dates`, { date });
  }
  if (municipality.lastMeetingEnd) {
    const lastEnd = instantToMillis(municipality.lastMeetingEnd);
    const earliest = addDays(millisToLocal(lastEnd, config.timeZone).date, config.minGapDays);
    if (date < earliest || start < lastEnd) {
      report(
        context,
        'MIN_GAP',
        ids,
        `${name}: ${date} is before ${earliest} (${config.minGapDays} days after the last meeting)`,
        {
          date,
          earliestDate: earliest,
        },
      );
    }
  }
}

function checkAttendance(
  context: Context,
  timed: readonly TimedMeeting[],
  trips: ReadonlyMap<string, ProposedTrip>,
): void {
  for (const { meeting, municipality } of timed) {
    const ids = [municipality.id];
    const wrongMode =
      (municipality.mode === 'onsite' && meeting.attendance !== 'onsite') ||
      (municipality.mode === 'digital' && meeting.attendance !== 'remote') ||
      meeting.mode !== municipality.mode;
    if (wrongMode) {
      report(
        context,
        'MODE_MISMATCH',
        ids,
        `${municipality.name}: a ${municipality.mode} meeting attended ${meeting.attendance}`,
      );
    }
    if (meeting.attendance === 'onsite') {
      const trip = meeting.tripId === null ? undefined : trips.get(meeting.tripId);
      if (!trip || !trip.stops.includes(municipality.id)) {
        report(
          context,
          'TRAVEL_TIME_INSUFFICIENT',
          ids,
          `${municipality.name}: attended on site without a trip there`,
        );
      }
    } else if (meeting.tripId !== null) {
      report(
        context,
        'INCONSISTENT_PROPOSAL',
        ids,
        `${municipality.name}: a remote meeting cannot belong to a trip`,
      );
    }
  }
}

/** Each trip: stops in meeting order, enough time for every leg, all of it inside the travel hours. */
function checkTrips(
  context: Context,
  proposal: Proposal,
  timed: readonly TimedMeeting[],
): Map<string, ProposedTrip> {
  const byTrip = new Map<string, TimedMeeting[]>();
  for (const entry of timed) {
    if (entry.meeting.tripId === null || entry.meeting.attendance !== 'onsite') continue;
    const list = byTrip.get(entry.meeting.tripId) ?? [];
    list.push(entry);
    byTrip.set(entry.meeting.tripId, list);
  }
  const tripsById = new Map<string, ProposedTrip>();
  for (const trip of proposal.trips) {
    if (tripsById.has(trip.id))
      report(context, 'INCONSISTENT_PROPOSAL', trip.stops, `trip ${trip.id} appears twice`);
    tripsById.set(trip.id, trip);
    checkTrip(
      context,
      trip,
      (byTrip.get(trip.id) ?? []).sort((a, b) => a.start - b.start),
    );
  }
  return tripsById;
}

function checkTrip(context: Context, trip: ProposedTrip, stops: readonly TimedMeeting[]): void {
  const { config } = context;
  const ids = [...trip.stops, ...stops.map((stop) => stop.municipality.id)];
  if (stops.length === 0 || stops.map((stop) => stop.municipality.id).join() !== trip.stops.join()) {
    report(
      context,
      'INCONSISTENT_PROPOSAL',
      ids,
      `trip ${trip.id}: its stops do not match its meetings in time order`,
    );
    return;
  }
  if (!isInstant(trip.departure) || !isInstant(trip.return)) {
    report(
      context,
      'INCONSISTENT_PROPOSAL',
      ids,
      `trip ${trip.id}: departure and return must be ISO instants`,
    );
    return;
  }
  const departure = instantToMillis(trip.departure);
  const back = instantToMillis(trip.return);
  const points: GeoPoint[] = [config.office, ...stops.map((stop) => stop.municipality.seat), config.office];
  const required = points.slice(1).map((point, i) => legMinutes(points[i], point, config));
  const times = [departure, ...stops.flatMap((stop) => [stop.start, stop.end]), back];
  for (let leg = 0; leg < required.length; leg++) {
    const available = (times[2 * leg + 1] - times[2 * leg]) / MINUTE;
    if (available < required[leg]) {
      report(
        context,
        'TRAVEL_TIME_INSUFFICIENT',
        ids,
        `trip ${trip.id}: leg ${leg + 1} needs ${required[leg]} min, the plan leaves ${available}`,
        {
          tripId: trip.id,
          leg: leg + 1,
          requiredMinutes: required[leg],
        },
      );
    }
  }
  const claimed = trip.legs.map((leg) => leg.minutes);
  if (claimed.length !== required.length || claimed.some((minutes, i) => minutes < required[i])) {
    report(context, 'TRAVEL_TIME_INSUFFICIENT', ids, `trip ${trip.id}: its legs understate the travel time`, {
      tripId: trip.id,
    });
  }
  if (trip.travelMinutes !== claimed.reduce((sum, minutes) => sum + minutes, 0)) {
    report(
      context,
      'INCONSISTENT_PROPOSAL',
      ids,
      `trip ${trip.id}: travelMinutes is not the sum of its legs`,
    );
  }
  const out = millisToLocal(departure, config.timeZone);
  const home = millisToLocal(back, config.timeZone);
  const date = millisToLocal(stops[0].start, config.timeZone).date;
  const fits =
    out.date === date &&
    home.date === date &&
    out.minute >= context.travelStart &&
    home.minute + (home.hasSeconds ? 1 : 0) <= context.travelEnd;
  if (!fits) {
    report(
      context,
      'TRAVEL_EXCEEDS_DAY',
      ids,
      `trip ${trip.id}: ${out.date} ${timeOfMinutes(out.minute)} – ${home.date} ${timeOfMinutes(home.minute)} is outside the travel hours`,
      {
        tripId: trip.id,
      },
    );
  }
  if (trip.localDate !== date)
    report(context, 'INCONSISTENT_PROPOSAL', ids, `trip ${trip.id}: localDate is not its meetings' date`);
  const maxStops = config.allowChaining
    ? Math.min(config.maxStopsPerTrip ?? config.maxMeetingsPerDay, config.maxMeetingsPerDay)
    : 1;
  if (stops.length > maxStops) {
    report(
      context,
      'TOO_MANY_STOPS',
      ids,
      `trip ${trip.id}: visits ${stops.length} municipalities, at most ${maxStops} allowed`,
      {
        tripId: trip.id,
      },
    );
  }
}

/**
 * Nobody in two places: the team is taken from departure to return on trips and during remote meetings;
 * each municipal participant during their meetings; everyone during their existing busy intervals.
 * Team members are judged as the team, also where a municipality lists them as participants.
 */
function checkPeople(
  context: Context,
  timed: readonly TimedMeeting[],
  trips: ReadonlyMap<string, ProposedTrip>,
): void {
  const commitments = new Map<string, Commitment[]>();
  const add = (person: string, commitment: Commitment): void => {
    const list = commitments.get(person) ?? [];
    list.push(commitment);
    commitments.set(person, list);
  };
  const teamOwners = [TEAM_OWNER, ...context.team];
  const teamCommitments: Commitment[] = [];
  for (const trip of trips.values()) {
    if (!isInstant(trip.departure) || !isInstant(trip.return)) continue;
    teamCommitments.push({
      start: instantToMillis(trip.departure),
      end: instantToMillis(trip.return),
      label: `trip ${trip.id}`,
      municipalityIds: trip.stops,
      proposed: true,
    });
  }
  for (const { meeting, municipality, start, end } of timed) {
    const commitment = {
      start,
      end,
      label: `meeting with ${municipality.name}`,
      municipalityIds: [municipality.id],
      proposed: true,
    };
    if (meeting.attendance === 'remote' || meeting.tripId === null || !trips.has(meeting.tripId)) {
      teamCommitments.push(commitment);
    }
    for (const person of new Set(municipality.participants ?? [])) {
      if (!context.team.has(person)) add(person, commitment);
    }
  }
  for (const owner of teamOwners) for (const commitment of teamCommitments) add(owner, commitment);
  for (const interval of context.input.busy ?? []) {
    const commitment = {
      start: instantToMillis(interval.start),
      end: instantToMillis(interval.end),
      label: interval.label ?? 'busy',
      municipalityIds: [],
      proposed: false,
    };
    for (const person of new Set(interval.personIds)) add(person, commitment);
  }
  for (const person of [...commitments.keys()].sort(compareStrings)) {
    findOverlaps(context, person, commitments.get(person) ?? []);
  }
}

function findOverlaps(context: Context, person: string, list: Commitment[]): void {
  list.sort((a, b) => a.start - b.start || a.end - b.end);
  let latest: Commitment | null = null;
  for (const current of list) {
    if (latest && current.start < latest.end && (current.proposed || latest.proposed)) {
      report(
        context,
        'PERSON_BUSY',
        [...latest.municipalityIds, ...current.municipalityIds],
        `${person === TEAM_OWNER ? 'the regional team' : person} is booked for ${latest.label} and ${current.label} at once`,
        { personId: person, with: latest.label },
      );
    }
    if (!latest || current.end > latest.end) latest = current;
  }
}

function checkDailyLimit(context: Context, timed: readonly TimedMeeting[]): void {
  const { config } = context;
  const perDay = new Map<string, { ids: string[]; existing: number }>();
  const entry = (date: string) => {
    let value = perDay.get(date);
    if (!value) {
      value = { ids: [], existing: 0 };
      perDay.set(date, value);
    }
    return value;
  };
  for (const { municipality, start } of timed)
    entry(millisToLocal(start, config.timeZone).date).ids.push(municipality.id);
  for (const interval of context.input.busy ?? []) {
    if (!interval.countsTowardDailyLimit) continue;
    entry(millisToLocal(instantToMillis(interval.start), config.timeZone).date).existing++;
  }
  for (const [date, { ids, existing }] of [...perDay.entries()].sort(([a], [b]) => compareStrings(a, b))) {
    if (ids.length > 0 && ids.length + existing > config.maxMeetingsPerDay) {
      report(
        context,
        'DAILY_LIMIT',
        ids,
        `${date}: ${ids.length + existing} meetings for the regional team, at most ${config.maxMeetingsPerDay}`,
        {
          date,
          meetings: ids.length + existing,
        },
      );
    }
  }
}

function checkTotals(context: Context, proposal: Proposal): void {
  const travel = proposal.trips.reduce((sum, trip) => sum + trip.travelMinutes, 0);
  const totals = proposal.totals;
  if (
    totals.travelMinutes !== travel ||
    totals.placed !== proposal.meetings.length ||
    totals.unplaced !== proposal.unplaced.length
  ) {
    report(context, 'INCONSISTENT_PROPOSAL', [], 'the totals do not match the meetings and trips');
  }
}
