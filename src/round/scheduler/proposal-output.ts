import { compareStrings, localToMillis, millisToUtcIso, timeOfMinutes } from './local-time.js';
import type { CommittedTrip, PlanOutcome } from './plan-state.js';
import type { PreparedRound } from './prepared-round.js';
import type {
  Proposal,
  ProposedMeeting,
  ProposedTrip,
  TripLeg,
  UnplacedMunicipality,
} from './scheduler.types.js';
import { haversineKm, roundKm } from './travel.js';

/** Turns the day/minute plan into instants (via Luxon in the business zone) and sorted, stable output. */
export function buildProposal(round: PreparedRound, outcome: PlanOutcome): Proposal {
  const tripIds = numberTrips(round, outcome.trips);
  const trips = outcome.trips.map((trip, i) => tripOutput(round, trip, tripIds[i]));
  const meetings: ProposedMeeting[] = outcome.meetings.map((meeting) => {
    const date = round.days[meeting.day].date;
    const end = meeting.start + round.duration;
    const municipality = meeting.municipality;
    return {
      municipalityId: municipality.id,
      municipalityName: municipality.name,
      mode: municipality.mode,
      attendance: meeting.attendance,
      start: millisToUtcIso(localToMillis(date, meeting.start, round.zone)),
      end: millisToUtcIso(localToMillis(date, end, round.zone)),
      localDate: date,
      localStart: timeOfMinutes(meeting.start),
      localEnd: timeOfMinutes(end),
      weekday: round.days[meeting.day].weekday,
      tripId: meeting.trip === null ? null : tripIds[meeting.trip],
      travelMinutesBefore: meeting.legBefore,
      travelMinutesAfter: meeting.legAfter,
      participants: [...round.team, ...municipality.participants],
      reasons: meeting.reasons,
    };
  });
  meetings.sort(
    (a, b) => compareStrings(a.start, b.start) || compareStrings(a.municipalityId, b.municipalityId),
  );
  trips.sort((a, b) => compareStrings(a.departure, b.departure) || compareStrings(a.id, b.id));
  const unplaced = [...outcome.unplaced].sort((a, b) => compareStrings(a.municipalityId, b.municipalityId));
  return assembleProposal(round.input.window, round.zone, round.duration, meetings, trips, unplaced);
}

export function assembleProposal(
  window: Proposal['window'],
  timeZone: string,
  durationMinutes: number,
  meetings: ProposedMeeting[],
  trips: ProposedTrip[],
  unplaced: UnplacedMunicipality[],
): Proposal {
  const travelMinutes = trips.reduce((sum, trip) => sum + trip.travelMinutes, 0);
  const onsite = meetings.filter((meeting) => meeting.attendance === 'onsite').length;
  return {
    timeZone,
    window: { firstDate: window.firstDate, lastDate: window.lastDate },
    durationMinutes,
    meetings,
    trips,
    unplaced,
    totals: {
      municipalities: meetings.length + unplaced.length,
      placed: meetings.length,
      unplaced: unplaced.length,
      onsite,
      remote: meetings.length - onsite,
      trips: trips.length,
      travelMinutes,
      travelHours: Math.round((travelMinutes / 60) * 100) / 100,
    },
  };
}

/** Trip ids `trip-<date>-<n>`, numbered by departure within the day, so they are stable and readable. */
function numberTrips(round: PreparedRound, trips: readonly CommittedTrip[]): string[] {
  const order = trips
    .map((trip, i) => ({ trip, i }))
    .sort(
      (a, b) =>
        a.trip.day - b.trip.day ||
        a.trip.departure - b.trip.departure ||
        compareStrings(a.trip.stops[0].id, b.trip.stops[0].id),
    );
  const ids: string[] = new Array<string>(trips.length);
  let previousDay = -1;
  let n = 0;
  for (const { trip, i } of order) {
    n = trip.day === previousDay ? n + 1 : 1;
    previousDay = trip.day;
    ids[i] = `trip-${round.days[trip.day].date}-${n}`;
  }
  return ids;
}

function tripOutput(round: PreparedRound, trip: CommittedTrip, id: string): ProposedTrip {
  const date = round.days[trip.day].date;
  const places = [
    { id: 'office', point: round.config.office },
    ...trip.stops.map((stop) => ({ id: stop.id, point: stop.seat })),
    { id: 'office', point: round.config.office },
  ];
  const legs: TripLeg[] = trip.legs.map((minutes, i) => ({
    from: places[i].id,
    to: places[i + 1].id,
    km: roundKm(haversineKm(places[i].point, places[i + 1].point)),
    minutes,
  }));
  return {
    id,
    localDate: date,
    departure: millisToUtcIso(localToMillis(date, trip.departure, round.zone)),
    return: millisToUtcIso(localToMillis(date, trip.return, round.zone)),
    localDeparture: timeOfMinutes(trip.departure),
    localReturn: timeOfMinutes(trip.return),
    stops: trip.stops.map((stop) => stop.id),
    legs,
    travelMinutes: trip.legs.reduce((sum, minutes) => sum + minutes, 0),
  };
}
