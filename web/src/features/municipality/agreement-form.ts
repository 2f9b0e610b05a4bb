import type { components } from '../../api/schema';

export type AgreementVersion = components['schemas']['AgreementResponse'];
export type AgreementBody = components['schemas']['PutAgreementBody'];
export type MeetingMode = AgreementBody['preferredMode'];
export type Party = AgreementBody['expectations'][number]['party'];
export type ExpectationMetric = NonNullable<AgreementBody['expectations'][number]['metric']>;

export const MEETING_MODES: MeetingMode[] = ['onsite', 'digital', 'hybrid'];
export const PARTIES: Party[] = ['municipality', 'region'];
export const EXPECTATION_METRICS: ExpectationMetric[] = [
  'not_measured',
  'meeting_cadence',
  'minutes_on_time',
  'actions_on_time',
  'actions_overdue',
  'questions_open',
];
/** ISO weekdays the API takes (1 = Monday … 5 = Friday). */
export const WEEKDAYS = [1, 2, 3, 4, 5];
/** Cadences offered by name; anything else the API takes (ISO 8601 duration or RRULE) is written as is. */
export const CADENCE_PRESETS = ['P1M', 'P2M', 'P3M', 'P4M', 'P6M', 'P12M'];
export const CUSTOM_CADENCE = 'custom';

/** The editor's state: every field as the form holds it (strings for the optional ones). */
export interface AgreementForm {
  cadence: string;
  preferredMode: MeetingMode;
  preferredWeekdays: number[];
  blockedDates: Array<{ from: string; to: string; note: string }>;
  defaultParticipantIds: string[];
  /** Standing substitutes: `forPersonId` '' stands in for anyone of the substitute's organization. */
  substitutes: Array<{ personId: string; forPersonId: string }>;
  regionAdjuster: string;
  municipalityAdjuster: string;
  expectations: Array<{ party: Party; text: string; metric: ExpectationMetric }>;
  address: string;
  videoUrl: string;
  validFrom: string;
}

/** The form for a new version, filled from the current one (or sensible defaults for the first). */
export function formFromAgreement(agreement: AgreementVersion | undefined, today: string): AgreementForm {
  if (!agreement) {
    return {
      cadence: 'P3M',
      preferredMode: 'onsite',
      preferredWeekdays: [],
      blockedDates: [],
      defaultParticipantIds: [],
      substitutes: [],
      regionAdjuster: '',
      municipalityAdjuster: '',
      expectations: [],
      address: '',
      videoUrl: '',
      validFrom: today,
    };
  }
  return {
    cadence: agreement.cadence,
    preferredMode: agreement.preferredMode,
    preferredWeekdays: [...agreement.preferredWeekdays],
    blockedDates: agreement.blockedDates.map((range) => ({
      from: range.from,
      to: range.to,
      note: range.note ?? '',
    })),
    defaultParticipantIds: [...agreement.defaultParticipantIds],
    substitutes: agreement.substitutes.map((entry) => ({
      personId: entry.personId,
      forPersonId: entry.forPersonId ?? '',
    })),
    regionAdjuster: agreement.adjusters.region ?? '',
    municipalityAdjuster: agreement.adjusters.municipality ?? '',
    expectations: agreement.expectations.map((expectation) => ({ ...expectation })),
    address: agreement.location.address ?? '',
    videoUrl: agreement.location.videoUrl ?? '',
    // A new version applies from today unless the writer says otherwise; an older start is kept.
    validFrom: agreement.validFrom > today ? agreement.validFrom : today,
  };
}

const blankToNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/**
 * The PUT body: empty optional fields become null or are left out, empty rows are dropped, and `version`
 * is the one the edit is based on (0 for the first), so a concurrent edit answers 409.
 */
export function bodyFromForm(form: AgreementForm, basedOnVersion: number): AgreementBody {
  return {
    cadence: form.cadence.trim(),
    preferredMode: form.preferredMode,
    preferredWeekdays: [...form.preferredWeekdays].sort((a, b) => a - b),
    blockedDates: form.blockedDates
      .filter((range) => range.from !== '')
      .map((range) => ({
        from: range.from,
        ...(range.to !== '' && { to: range.to }),
        ...(range.note.trim() !== '' && { note: range.note.trim() }),
      })),
    defaultParticipantIds: [...new Set(form.defaultParticipantIds)],
    substitutes: uniqueSubstitutes(form.substitutes),
    adjusters: {
      region: blankToNull(form.regionAdjuster),
      municipality: blankToNull(form.municipalityAdjuster),
    },
    expectations: form.expectations
      .filter((expectation) => expectation.text.trim() !== '')
      .map((expectation) => ({ ...expectation, text: expectation.text.trim() })),
    location: { address: blankToNull(form.address), videoUrl: blankToNull(form.videoUrl) },
    validFrom: form.validFrom,
    version: basedOnVersion,
  };
}

/** Rows with a person, each pair once; '' (anyone) becomes null, as the API takes it. */
function uniqueSubstitutes(rows: AgreementForm['substitutes']): AgreementBody['substitutes'] {
  const seen = new Set<string>();
  return rows.flatMap((row) => {
    const key = `${row.personId}/${row.forPersonId}`;
    if (row.personId === '' || seen.has(key)) return [];
    seen.add(key);
    return [{ personId: row.personId, forPersonId: row.forPersonId === '' ? null : row.forPersonId }];
  });
}

/** The parts of an agreement a version can change, in the order the page shows them. */
export const AGREEMENT_PARTS = [
  'cadence',
  'preferredMode',
  'preferredWeekdays',
  'blockedDates',
  'defaultParticipants',
  'substitutes',
  'adjusters',
  'expectations',
  'location',
  'validFrom',
] as const;
export type AgreementPart = (typeof AGREEMENT_PARTS)[number];

function partOf(agreement: AgreementVersion, part: AgreementPart): unknown {
  switch (part) {
    case 'defaultParticipants':
      return [...agreement.defaultParticipantIds].sort();
    case 'preferredWeekdays':
      return [...agreement.preferredWeekdays].sort();
    default:
      return agreement[part];
  }
}

/** What a version changed from the one before it; every part for the first version. */
export function changedParts(
  version: AgreementVersion,
  previous: AgreementVersion | undefined,
): AgreementPart[] {
  if (!previous) return [...AGREEMENT_PARTS];
  return AGREEMENT_PARTS.filter(
    (part) => JSON.stringify(partOf(version, part)) !== JSON.stringify(partOf(previous, part)),
  );
}
