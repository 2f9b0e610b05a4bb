import { TEAM_OWNER } from './day-book.js';
import type { PreparedMunicipality, PreparedRound, TripTiming } from './prepared-round.js';
import type { Attendance, PlacementReason, UnplacedMunicipality } from './scheduler.types.js';

export interface CommittedMeeting {
  municipality: PreparedMunicipality;
  day: number;
  start: number;
  attendance: Attendance;
  /** Index into PlanState.trips for on-site meetings. */
  trip: number | null;
  legBefore: number;
  legAfter: number;
  reasons: PlacementReason[];
}

export interface CommittedTrip {
  day: number;
  departure: number;
  return: number;
  stops: PreparedMunicipality[];
  legs: number[];
}

export interface PlanOutcome {
  meetings: CommittedMeeting[];
  trips: CommittedTrip[];
  unplaced: UnplacedMunicipality[];
}

/** The meetings and trips decided so far; committing books the team and the participants in the DayBook. */
export class PlanState {
  readonly meetings: CommittedMeeting[] = [];
  readonly trips: CommittedTrip[] = [];

  constructor(private readonly round: PreparedRound) {}

  commitTrip(
    day: number,
    stops: readonly PreparedMunicipality[],
    legs: readonly number[],
    timing: TripTiming,
    reasonsOf: (municipality: PreparedMunicipality) => PlacementReason[],
  ): void {
    const trip = this.trips.length;
    this.trips.push({
      day,
      departure: timing.departure,
      return: timing.return,
      stops: [...stops],
      legs: [...legs],
    });
    this.round.book.reserveTeam(day, {
      start: timing.departure,
      end: timing.return,
      owner: TEAM_OWNER,
      label: `the trip to ${stops.map((stop) => stop.name).join(', ')}`,
      municipalityIds: stops.map((stop) => stop.id),
    });
    stops.forEach((municipality, i) => {
      this.reserveParticipants(day, municipality, timing.starts[i]);
      this.meetings.push({
        municipality,
        day,
        start: timing.starts[i],
        attendance: 'onsite',
        trip,
        legBefore: legs[i],
        legAfter: legs[i + 1],
        reasons: reasonsOf(municipality),
      });
    });
    this.round.book.addMeetings(day, stops.length);
  }

  commitRemote(
    day: number,
    municipality: PreparedMunicipality,
    start: number,
    reasons: PlacementReason[],
  ): void {
    const end = start + this.round.duration;
    this.round.book.reserveTeam(day, {
      start,
      end,
      owner: TEAM_OWNER,
      label: `the meeting with ${municipality.name}`,
      municipalityIds: [municipality.id],
    });
    this.reserveParticipants(day, municipality, start);
    this.meetings.push({
      municipality,
      day,
      start,
      attendance: 'remote',
      trip: null,
      legBefore: 0,
      legAfter: 0,
      reasons,
    });
    this.round.book.addMeetings(day, 1);
  }

  private reserveParticipants(day: number, municipality: PreparedMunicipality, start: number): void {
    for (const person of municipality.participants) {
      this.round.book.reservePerson(person, day, {
        start,
        end: start + this.round.duration,
        owner: person,
        label: `the meeting with ${municipality.name}`,
        municipalityIds: [municipality.id],
      });
    }
  }
}
