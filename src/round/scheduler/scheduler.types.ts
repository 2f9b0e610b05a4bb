/**
 * The public contract of the round scheduler: plain data in, plain data out. No framework, no database.
 *
 * Time conventions (chosen so that nothing depends on the server's TZ):
 * - `LocalDate` is a calendar date `YYYY-MM-DD` in the business time zone (`config.timeZone`).
 * - `LocalTime` is a wall-clock time `HH:mm` in the business time zone.
 * - `Instant` is an ISO 8601 date-time WITH an explicit offset or `Z` (`2026-03-30T09:00:00+02:00`,
 *   `2026-03-30T07:00:00Z`); strings without one are refused because their meaning would depend on the server.
 *   Output instants are always UTC with a `Z`.
 */
export type LocalDate = string;
export type LocalTime = string;
export type Instant = string;

/**
 * How a municipality wants to meet.
 * - `onsite`: the regional team travels to the municipality's seat; the trip must fit the day.
 * - `digital`: a video meeting, no travel.
 * - `hybrid`: held at the municipality with a video link: the team travels when a day trip fits,
 *   otherwise it joins remotely (reason `HYBRID_JOINED_REMOTELY`).
 */
export type MeetingMode = 'onsite' | 'digital' | 'hybrid';

/** How the regional team attends a placed meeting. */
export type Attendance = 'onsite' | 'remote';

export interface GeoPoint {
  lat: number;
  lon: number;
}

export interface MunicipalityToPlace {
  /** Stable id (e.g. the organization id); the engine sorts by it, so input order does not matter. */
  id: string;
  name: string;
  /** WGS84 coordinates of the municipal seat, used for travel estimates. */
  seat: GeoPoint;
  mode: MeetingMode;
  /** Person ids of the municipality's participants (the regional team is added to every meeting). */
  participants?: readonly string[];
  /** Local dates the municipality cannot meet. */
  blockedDates?: readonly LocalDate[];
  /** End of the last meeting with this municipality; the next may not start before `minGapDays` later. */
  lastMeetingEnd?: Instant | null;
  /** Soft: ISO weekdays the municipality prefers, 1 = Monday … 5 = Friday. */
  preferredWeekdays?: readonly number[];
}

/** Time a set of people is already taken, e.g. a meeting already in the system. */
export interface BusyInterval {
  personIds: readonly string[];
  start: Instant;
  end: Instant;
  /** Shown in explanations ("busy with …"). */
  label?: string;
  /** Set for samverkan meetings of the regional team already in the system: they count toward the daily limit. */
  countsTowardDailyLimit?: boolean;
}

/**
 * An inclusive range of dates. `YYYY-MM-DD` bounds are a one-off period; `MM-DD` bounds recur every year and
 * may wrap over New Year (`12-22` … `01-06`).
 */
export interface DateRange {
  from: string;
  to: string;
  label?: string;
}

export interface TimeOfDayRange {
  start: LocalTime;
  end: LocalTime;
}

export interface SchedulerConfig {
  /** IANA zone all local dates and times are in. */
  timeZone: string;
  /** Meetings start and end inside these hours. */
  workingHours: TimeOfDayRange;
  /**
   * An on-site trip (leaving the office … back at the office) must fit inside these hours. `null` means the
   * working hours: the whole trip, travel included, happens in working time.
   */
  travelHours: TimeOfDayRange | null;
  /** At most this many meetings a day for the regional team (existing ones flagged `countsTowardDailyLimit` count). */
  maxMeetingsPerDay: number;
  /** Most municipalities one trip may visit; `null` means `maxMeetingsPerDay`. */
  maxStopsPerTrip: number | null;
  /** Periods with no meetings at all. */
  blackouts: DateRange[];
  /** Days between the last meeting with a municipality (its local date) and the next one. */
  minGapDays: number;
  /** Meetings start on this grid of minutes after local midnight (30 → :00 and :30). */
  slotMinutes: number;
  /** date-holidays country code; days of type `public` and `bank` are excluded. */
  holidayCountry: string;
  /** Where on-site trips start and end. */
  office: GeoPoint;
  /** Road distance ≈ great-circle distance × this factor. */
  roadFactor: number;
  averageSpeedKmh: number;
  /** Added to every leg between two different places (parking, walking in, signing in). */
  travelBufferMinutes: number;
  /** Whether one trip may visit several municipalities. */
  allowChaining: boolean;
}

export interface SchedulerInput {
  /** First and last local date of the round, inclusive. */
  window: { firstDate: LocalDate; lastDate: LocalDate };
  durationMinutes: number;
  municipalities: readonly MunicipalityToPlace[];
  /** Person ids of the regional team; they attend every meeting (and travel on on-site days). */
  regionalTeam: readonly string[];
  busy?: readonly BusyInterval[];
  /** Overrides of `DEFAULT_SCHEDULER_CONFIG`, field by field. */
  config?: Partial<SchedulerConfig>;
}

/** Every hard constraint, also used as the reason a municipality could not be placed. */
export type ConstraintCode =
  | 'OUTSIDE_WINDOW'
  | 'WEEKEND'
  | 'HOLIDAY'
  | 'BLACKOUT'
  | 'OUTSIDE_WORKING_HOURS'
  | 'WRONG_DURATION'
  | 'BLOCKED_DATES'
  | 'MIN_GAP'
  | 'DAILY_LIMIT'
  | 'PERSON_BUSY'
  | 'TRAVEL_EXCEEDS_DAY'
  | 'TRAVEL_TIME_INSUFFICIENT'
  | 'TOO_MANY_STOPS'
  | 'MODE_MISMATCH'
  | 'NO_WORKING_DAY_IN_WINDOW'
  | 'NO_FEASIBLE_DAY'
  | 'UNKNOWN_MUNICIPALITY'
  | 'DUPLICATE_PLACEMENT'
  | 'MISSING_MUNICIPALITY'
  | 'INCONSISTENT_PROPOSAL'
  | 'INVALID_INPUT';

export type ReasonParams = Readonly<Record<string, string | number | boolean | readonly string[]>>;

/** Why a meeting landed where it did. `message` is English; `code` + `params` let the API translate. */
export type PlacementReasonCode =
  | 'SPREAD_TARGET'
  | 'NEAR_SPREAD_TARGET'
  | 'TARGET_DAY_UNAVAILABLE'
  | 'PREFERRED_WEEKDAY'
  | 'PREFERRED_WEEKDAY_UNAVAILABLE'
  | 'EARLIEST_AFTER_MIN_GAP'
  | 'AFTER_MIN_GAP'
  | 'CHAINED_WITH'
  | 'ROUND_TRIP'
  | 'DIGITAL'
  | 'HYBRID_JOINED_REMOTELY'
  | 'FIRST_FIT'
  | 'MANUAL_MOVE';

export interface PlacementReason {
  code: PlacementReasonCode;
  message: string;
  params: ReasonParams;
}

export interface ProposedMeeting {
  municipalityId: string;
  municipalityName: string;
  mode: MeetingMode;
  attendance: Attendance;
  /** UTC instants, e.g. `2026-03-30T07:00:00Z`. */
  start: Instant;
  end: Instant;
  /** The same in the business time zone. */
  localDate: LocalDate;
  localStart: LocalTime;
  localEnd: LocalTime;
  /** ISO weekday of `localDate`, 1 = Monday. */
  weekday: number;
  /** The on-site trip this meeting belongs to; `null` when the team attends remotely. */
  tripId: string | null;
  /** Travel into this meeting (from the office or the previous seat) and out of it; 0 when remote. */
  travelMinutesBefore: number;
  travelMinutesAfter: number;
  /** Everyone expected: the regional team, then the municipality's participants. */
  participants: string[];
  reasons: PlacementReason[];
}

export interface TripLeg {
  /** `office` or a municipality id. */
  from: string;
  to: string;
  km: number;
  minutes: number;
}

/** One day trip of the regional team: office → seat(s) → office. */
export interface ProposedTrip {
  id: string;
  localDate: LocalDate;
  departure: Instant;
  return: Instant;
  localDeparture: LocalTime;
  localReturn: LocalTime;
  /** Municipality ids in visiting order. */
  stops: string[];
  legs: TripLeg[];
  travelMinutes: number;
}

export interface UnplacedMunicipality {
  municipalityId: string;
  municipalityName: string;
  /** The constraint that blocked the last remaining days. */
  code: ConstraintCode;
  message: string;
  details: {
    /** Working days in the window (weekends, holidays and blackouts already removed). */
    workingDays: number;
    /** How many of those days each constraint ruled out (each day counted once, first constraint wins). */
    daysRuledOutBy: Partial<Record<ConstraintCode, number>>;
    /** People whose calendars blocked days, when `PERSON_BUSY` played a part. */
    busyPersons?: string[];
    earliestDateAfterMinGap?: LocalDate;
    roundTripMinutes?: number;
  };
}

export interface ProposalTotals {
  municipalities: number;
  placed: number;
  unplaced: number;
  onsite: number;
  remote: number;
  trips: number;
  travelMinutes: number;
  travelHours: number;
}

export interface Proposal {
  timeZone: string;
  window: { firstDate: LocalDate; lastDate: LocalDate };
  durationMinutes: number;
  /** Sorted by start, then municipality id. */
  meetings: ProposedMeeting[];
  /** Sorted by departure. */
  trips: ProposedTrip[];
  /** Sorted by municipality id. */
  unplaced: UnplacedMunicipality[];
  totals: ProposalTotals;
}

export interface ConstraintViolation {
  code: ConstraintCode;
  message: string;
  /** Every municipality the violation involves (both sides of a double booking, every stop of a trip). */
  municipalityIds: string[];
  params: ReasonParams;
}

export type SchedulerInputErrorCode =
  | 'WINDOW_ENDS_BEFORE_START'
  | 'WINDOW_TOO_LONG'
  | 'NO_WORKING_DAY_IN_WINDOW'
  | 'DURATION_EXCEEDS_WORKING_DAY'
  | 'INVALID_DURATION'
  | 'INVALID_DATE'
  | 'INVALID_INSTANT'
  | 'INVALID_INTERVAL'
  | 'INVALID_TIME'
  | 'INVALID_TIME_ZONE'
  | 'INVALID_COORDINATES'
  | 'INVALID_MODE'
  | 'INVALID_WEEKDAY'
  | 'INVALID_CONFIG'
  | 'INVALID_ID'
  | 'DUPLICATE_MUNICIPALITY'
  | 'UNKNOWN_HOLIDAY_COUNTRY';

/** Bad input, reported as data (never thrown) so the API can map it to 400/409 and workers can log it. */
export interface SchedulerInputError {
  code: SchedulerInputErrorCode;
  /** Where in the input, e.g. `municipalities[3].seat.lat`. */
  path: string;
  message: string;
}

export type PlanResult = { ok: true; proposal: Proposal } | { ok: false; errors: SchedulerInputError[] };

export interface PlanProgress {
  /** Units (trips or single meetings) handled so far, out of `total`. */
  done: number;
  total: number;
}

export interface PlanOptions {
  /** Called after each trip or meeting is handled, for large rounds. */
  onProgress?: (progress: PlanProgress) => void;
}

export interface SlotCheck {
  ok: boolean;
  /** Hard constraints the move would break, with reasons; empty when `ok`. */
  violations: ConstraintViolation[];
  /** How the team would attend at that slot (on-site trips may join a trip already on that day). */
  attendance: Attendance | null;
  tripId: string | null;
}

export type MoveResult = { ok: true; proposal: Proposal; check: SlotCheck } | { ok: false; check: SlotCheck };
