import { type LocalizedMessage, fillTemplate } from '../common/i18n/error-messages.js';
import type { Locale } from '../common/i18n/locale.js';
import type {
  ConstraintCode,
  ConstraintViolation,
  PlacementReason,
  PlacementReasonCode,
  UnplacedMunicipality,
} from './scheduler/index.js';

/**
 * The scheduler explains itself in codes and params (its `message` is English, for logs and tests); these
 * are the words the API answers in, in the caller's language. The stored proposal keeps the codes, so a
 * round reads the same in Swedish and in English whenever it is fetched.
 */

const WEEKDAYS: Record<Locale, readonly string[]> = {
  sv: ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

function weekday(value: unknown, locale: Locale): string {
  return WEEKDAYS[locale][Number(value) - 1] ?? String(value);
}

function weekdays(value: unknown, locale: Locale): string {
  return (Array.isArray(value) ? value : []).map((day) => weekday(day, locale)).join(', ');
}

/** What each hard constraint is called. */
export const CONSTRAINT_LABELS: Record<ConstraintCode, LocalizedMessage> = {
  OUTSIDE_WINDOW: { sv: 'utanför omgångens datumintervall', en: 'outside the round’s window' },
  WEEKEND: { sv: 'helg', en: 'weekend' },
  HOLIDAY: { sv: 'helgdag', en: 'public holiday' },
  BLACKOUT: { sv: 'spärrperiod', en: 'blackout period' },
  OUTSIDE_WORKING_HOURS: { sv: 'utanför arbetstid', en: 'outside working hours' },
  WRONG_DURATION: { sv: 'fel mötestid', en: 'wrong duration' },
  BLOCKED_DATES: { sv: 'kommunens spärrade datum', en: 'the municipality’s blocked dates' },
  MIN_GAP: { sv: 'minsta tid sedan förra mötet', en: 'minimum gap since the last meeting' },
  DAILY_LIMIT: { sv: 'regionens högsta antal möten per dag', en: 'the regional team’s daily limit' },
  PERSON_BUSY: { sv: 'en deltagare är upptagen', en: 'a participant is busy' },
  TRAVEL_EXCEEDS_DAY: { sv: 'resan ryms inte inom en dag', en: 'the trip does not fit in a day' },
  TRAVEL_TIME_INSUFFICIENT: { sv: 'för kort tid för resan', en: 'not enough time for the travel' },
  TOO_MANY_STOPS: { sv: 'för många stopp på en resa', en: 'too many stops on one trip' },
  MODE_MISMATCH: { sv: 'fel mötesform', en: 'wrong meeting mode' },
  NO_WORKING_DAY_IN_WINDOW: { sv: 'ingen arbetsdag i intervallet', en: 'no working day in the window' },
  NO_FEASIBLE_DAY: { sv: 'ingen möjlig dag', en: 'no feasible day' },
  UNKNOWN_MUNICIPALITY: { sv: 'okänd kommun', en: 'unknown municipality' },
  DUPLICATE_PLACEMENT: { sv: 'kommunen är placerad två gånger', en: 'the municipality is placed twice' },
  MISSING_MUNICIPALITY: { sv: 'kommunen saknas i förslaget', en: 'the municipality is missing' },
  INCONSISTENT_PROPOSAL: { sv: 'förslaget hänger inte ihop', en: 'the proposal is inconsistent' },
  INVALID_INPUT: { sv: 'ogiltiga indata', en: 'invalid input' },
};

type Params = Record<string, unknown>;

/** Why a meeting landed where it did, from the reason's code and params. */
export const PLACEMENT_REASON_MESSAGES: Record<PlacementReasonCode, LocalizedMessage> = {
  SPREAD_TARGET: {
    sv: 'På sin del av perioden för en jämn spridning ({targetDate})',
    en: 'On its share of the window for an even spread ({targetDate})',
  },
  NEAR_SPREAD_TARGET: {
    sv: '{workingDaysAway} arbetsdag(ar) från sin del av perioden ({targetDate}) för en jämn spridning',
    en: '{workingDaysAway} working day(s) from its share of the window ({targetDate}) for an even spread',
  },
  TARGET_DAY_UNAVAILABLE: {
    sv: (p: Params) => `En bättre dag (${String(p.date)}) gick inte: ${constraintLabel(p.constraint, 'sv')}`,
    en: (p: Params) =>
      `A better day (${String(p.date)}) was ruled out: ${constraintLabel(p.constraint, 'en')}`,
  },
  PREFERRED_WEEKDAY: {
    sv: (p: Params) => `På en önskad veckodag (${weekday(p.weekday, 'sv')})`,
    en: (p: Params) => `On a preferred weekday (${weekday(p.weekday, 'en')})`,
  },
  PREFERRED_WEEKDAY_UNAVAILABLE: {
    sv: (p: Params) =>
      `Inte på en önskad veckodag (${weekdays(p.preferredWeekdays, 'sv')}): ingen var ledig inom räckhåll`,
    en: (p: Params) =>
      `Not on a preferred weekday (${weekdays(p.preferredWeekdays, 'en')}): none was free within reach`,
  },
  EARLIEST_AFTER_MIN_GAP: {
    sv: 'Första lediga arbetsdagen från och med {earliestDate} ({minGapDays} dagar efter förra mötet)',
    en: 'The first free working day on or after {earliestDate} ({minGapDays} days after the last meeting)',
  },
  AFTER_MIN_GAP: {
    sv: 'Minst {minGapDays} dagar efter förra mötet ({lastMeetingDate})',
    en: 'At least {minGapDays} days after the last meeting ({lastMeetingDate})',
  },
  CHAINED_WITH: {
    sv: 'Besöks på samma resa som {names} (restid för resan {tripTravelMinutes} min)',
    en: 'Visited on the same trip as {names} (trip travel {tripTravelMinutes} min)',
  },
  ROUND_TRIP: {
    sv: 'På plats: {travelMinutesEachWay} min restid åt varje håll från kontoret',
    en: 'On-site: {travelMinutesEachWay} min travel each way from the office',
  },
  DIGITAL: { sv: 'Digitalt möte: ingen resa', en: 'Digital meeting: no travel' },
  HYBRID_JOINED_REMOTELY: {
    sv: (p: Params) =>
      p.cause === 'TRAVEL_EXCEEDS_DAY'
        ? `Hybrid: regionen deltar på distans; en dagsresa (${String(p.roundTripMinutes)} min resa och möte) ryms inte i restiden`
        : 'Hybrid: regionen deltar på distans; ingen dag i perioden hade plats för resan',
    en: (p: Params) =>
      p.cause === 'TRAVEL_EXCEEDS_DAY'
        ? `Hybrid: the regional team joins remotely; a day trip (${String(p.roundTripMinutes)} min of travel and meeting) does not fit the travel hours`
        : 'Hybrid: the regional team joins remotely; no day in the window had room for the trip',
  },
  FIRST_FIT: {
    sv: 'Jämförelse: den tidigaste möjliga tiden i den ordning kommunerna angavs',
    en: 'Baseline: the earliest feasible slot in input order',
  },
  MANUAL_MOVE: { sv: 'Flyttat av samordnaren', en: 'Moved by the coordinator' },
};

export function constraintLabel(code: unknown, locale: Locale): string {
  const label = CONSTRAINT_LABELS[code as ConstraintCode];
  return label ? fillTemplate(label[locale], {}) : String(code);
}

export function placementReasonText(reason: PlacementReason, locale: Locale): string {
  const message = PLACEMENT_REASON_MESSAGES[reason.code];
  return message ? fillTemplate(message[locale], reason.params) : reason.message;
}

/** A broken constraint: in English the scheduler's message; in Swedish its name (the holiday's) and day. */
export function violationText(
  violation: Pick<ConstraintViolation, 'code' | 'params' | 'message'>,
  locale: Locale,
): string {
  if (locale === 'en') return violation.message;
  const label = constraintLabel(violation.code, locale);
  const named =
    (violation.code === 'HOLIDAY' || violation.code === 'BLACKOUT') &&
    typeof violation.params.label === 'string'
      ? `${label}: ${violation.params.label}`
      : label;
  const text = named.charAt(0).toUpperCase() + named.slice(1);
  return violation.params.date === undefined ? text : `${text} (${String(violation.params.date)})`;
}

/**
 * Why a municipality got no meeting. In English the scheduler's own message (it names times and trips); in
 * Swedish the constraint that blocked its last days, with the count.
 */
export function unplacedText(
  code: ConstraintCode,
  details: Partial<UnplacedMunicipality['details']> | null,
  englishMessage: string,
  locale: Locale,
): string {
  if (locale === 'en') return englishMessage;
  const label = constraintLabel(code, 'sv');
  const busy = details?.busyPersons?.length ? ` (${details.busyPersons.join(', ')})` : '';
  const blocked = details?.daysRuledOutBy?.[code];
  const days = details?.workingDays;
  if (blocked === undefined || days === undefined) return `Ingen möjlig dag: ${label}${busy}`;
  return `Ingen möjlig dag: ${blocked} av periodens ${days} arbetsdagar stängs av villkoret ”${label}”${busy}`;
}
