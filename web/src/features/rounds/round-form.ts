import type { components } from '../../api/schema';

export type CreateRoundBody = components['schemas']['CreateRoundBody'];
export type MeetingMode = 'onsite' | 'digital' | 'hybrid';

export interface BlackoutRow {
  from: string;
  to: string;
  label: string;
}

/** The create form as typed (text fields stay strings until sent). */
export interface RoundForm {
  name: string;
  from: string;
  to: string;
  /** `pick`: the municipalities ticked; `due`: those the cadence makes due by the window's end. */
  selection: 'pick' | 'due';
  organizationIds: string[];
  regionalTeam: string[];
  durationMinutes: string;
  /** '' = each agreement's own mode. */
  mode: '' | MeetingMode;
  workingStart: string;
  workingEnd: string;
  /** Both empty = the working hours. */
  travelStart: string;
  travelEnd: string;
  maxMeetingsPerDay: string;
  minGapDays: string;
  travelBufferMinutes: string;
  allowChaining: boolean;
  blackouts: BlackoutRow[];
  background: boolean;
}

/**
 * The scheduler's defaults (src/round/scheduler/scheduler-config.ts), shown in the form so a coordinator
 * sees what applies; the summer and Christmas blackouts recur every year (MM-DD).
 */
export const ROUND_DEFAULTS = {
  durationMinutes: 120,
  workingStart: '09:00',
  workingEnd: '16:00',
  maxMeetingsPerDay: 2,
  minGapDays: 30,
  travelBufferMinutes: 15,
  allowChaining: true,
  blackouts: [
    { from: '07-01', to: '08-10', labelKey: 'summer' },
    { from: '12-22', to: '01-06', labelKey: 'christmas' },
  ],
} as const;

export function emptyRoundForm(today: string, blackoutLabel: (key: string) => string): RoundForm {
  return {
    name: '',
    from: today,
    to: '',
    selection: 'pick',
    organizationIds: [],
    regionalTeam: [],
    durationMinutes: String(ROUND_DEFAULTS.durationMinutes),
    mode: '',
    workingStart: ROUND_DEFAULTS.workingStart,
    workingEnd: ROUND_DEFAULTS.workingEnd,
    travelStart: '',
    travelEnd: '',
    maxMeetingsPerDay: String(ROUND_DEFAULTS.maxMeetingsPerDay),
    minGapDays: String(ROUND_DEFAULTS.minGapDays),
    travelBufferMinutes: String(ROUND_DEFAULTS.travelBufferMinutes),
    allowChaining: ROUND_DEFAULTS.allowChaining,
    blackouts: ROUND_DEFAULTS.blackouts.map((row) => ({
      from: row.from,
      to: row.to,
      label: blackoutLabel(row.labelKey),
    })),
    background: false,
  };
}

/** A field's problem as a key of `rounds:create.errors`. */
export type RoundFormErrors = Partial<Record<keyof RoundForm | `blackout${number}`, string>>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const BOUND = /^(\d{4}-)?\d{2}-\d{2}$/;

function wholeNumber(text: string, min: number, max: number): boolean {
  if (!/^\d+$/.test(text.trim())) return false;
  const value = Number(text);
  return value >= min && value <= max;
}

/**
 * The same rules as the API's CreateRoundBody, checked before sending so each field says what is wrong;
 * `dueCount` is how many municipalities are due by the period's end (dueBy), which "those due" needs above 0.
 */
export function validateRoundForm(form: RoundForm, dueCount: number): RoundFormErrors {
  const errors: RoundFormErrors = {};
  if (!form.name.trim()) errors.name = 'required';
  if (!DATE.test(form.from)) errors.from = 'date';
  if (!DATE.test(form.to)) errors.to = 'date';
  else if (DATE.test(form.from) && form.to < form.from) errors.to = 'toBeforeFrom';
  if (form.selection === 'pick' && form.organizationIds.length === 0) errors.organizationIds = 'pickOne';
  if (form.selection === 'due' && dueCount === 0) errors.organizationIds = 'noneDue';
  if (form.regionalTeam.length === 0) errors.regionalTeam = 'pickPerson';
  if (!wholeNumber(form.durationMinutes, 15, 24 * 60)) errors.durationMinutes = 'duration';
  if (!TIME.test(form.workingStart)) errors.workingStart = 'time';
  if (!TIME.test(form.workingEnd)) errors.workingEnd = 'time';
  else if (TIME.test(form.workingStart) && form.workingEnd <= form.workingStart)
    errors.workingEnd = 'endBeforeStart';
  if (form.travelStart || form.travelEnd) {
    if (!TIME.test(form.travelStart)) errors.travelStart = 'time';
    if (!TIME.test(form.travelEnd)) errors.travelEnd = 'time';
    else if (TIME.test(form.travelStart) && form.travelEnd <= form.travelStart)
      errors.travelEnd = 'endBeforeStart';
  }
  if (!wholeNumber(form.maxMeetingsPerDay, 1, 10)) errors.maxMeetingsPerDay = 'perDay';
  if (!wholeNumber(form.minGapDays, 0, 365)) errors.minGapDays = 'gap';
  if (!wholeNumber(form.travelBufferMinutes, 0, 120)) errors.travelBufferMinutes = 'buffer';
  form.blackouts.forEach((row, index) => {
    if (!BOUND.test(row.from) || !BOUND.test(row.to)) errors[`blackout${index}`] = 'blackout';
  });
  return errors;
}

/** The body of POST /api/rounds for a valid form: every constraint sent as shown, so what is seen applies. */
export function roundBody(form: RoundForm): CreateRoundBody {
  const travel = form.travelStart && form.travelEnd ? { start: form.travelStart, end: form.travelEnd } : null;
  return {
    name: form.name.trim(),
    window: { from: form.from, to: form.to },
    ...(form.selection === 'pick'
      ? { organizationIds: form.organizationIds, onlyDue: false }
      : { onlyDue: true }),
    durationMinutes: Number(form.durationMinutes),
    ...(form.mode ? { mode: form.mode } : {}),
    regionalTeam: form.regionalTeam,
    constraints: {
      workingHours: { start: form.workingStart, end: form.workingEnd },
      travelHours: travel,
      maxMeetingsPerDay: Number(form.maxMeetingsPerDay),
      minGapDays: Number(form.minGapDays),
      travelBufferMinutes: Number(form.travelBufferMinutes),
      allowChaining: form.allowChaining,
      blackouts: form.blackouts.map((row) => ({
        from: row.from,
        to: row.to,
        ...(row.label.trim() ? { label: row.label.trim() } : {}),
      })),
    },
    ...(form.background ? { background: true } : {}),
  };
}

interface CadenceLike {
  organizationId: string;
  dueDate: string | null;
}

/**
 * Whether "those due" can mean anyone at all: only a municipality with an agreement (which sets how often to
 * meet) can be due. Without any, the page says why instead of "nobody is due".
 */
export function noneHasAgreement(items: ReadonlyArray<{ status: string }>): boolean {
  return items.every((item) => item.status === 'no_agreement');
}

/** Who "those due" means for a window: a due date on or before its end (the API's onlyDue rule). */
export function dueBy<T extends CadenceLike>(items: readonly T[], windowEnd: string): T[] {
  if (!DATE.test(windowEnd)) return [];
  return items.filter((item) => item.dueDate !== null && item.dueDate <= windowEnd);
}
