import { DomainError, type ErrorKind } from '../common/errors/domain-error.js';
import { type ErrorMessages, registerErrorMessages } from '../common/i18n/error-messages.js';
import { violationText } from './round-messages.js';
import type { ConstraintViolation, SchedulerInputError } from './scheduler/index.js';

export enum RoundErrorCode {
  NotFound = 'ROUND_NOT_FOUND',
  ItemNotFound = 'ROUND_ITEM_NOT_FOUND',
  WindowEndsBeforeStart = 'ROUND_WINDOW_ENDS_BEFORE_START',
  NoWorkingDay = 'ROUND_NO_WORKING_DAY_IN_WINDOW',
  DurationExceedsWorkingDay = 'ROUND_DURATION_EXCEEDS_WORKING_DAY',
  /** Any other problem the scheduler found in the input (window too long, bad hours, …). */
  InvalidInput = 'ROUND_INVALID_INPUT',
  /** An organization is unknown, not a municipality, or of another region (same answer). */
  InvalidOrganization = 'ROUND_INVALID_ORGANIZATION',
  /** A regional-team member is unknown, deleted, or not of the region (same answer). */
  InvalidPerson = 'ROUND_INVALID_PERSON',
  NoMunicipalities = 'ROUND_NO_MUNICIPALITIES',
  /** The moved slot breaks a hard constraint; details list each with its reason. */
  SlotRefused = 'ROUND_SLOT_REFUSED',
  /** Still planning, or planning failed: nothing to move or confirm. */
  NotReady = 'ROUND_NOT_READY',
  AlreadyConfirmed = 'ROUND_ALREADY_CONFIRMED',
  /** Meetings created since the proposal collide with it: move the slots or plan again. */
  Stale = 'ROUND_STALE',
  VersionConflict = 'ROUND_VERSION_CONFLICT',
  /** The round was sent to the municipalities as a proposal already. */
  AlreadyProposed = 'ROUND_ALREADY_PROPOSED',
  /** No municipality has a proposed slot to ask about. */
  NothingToPropose = 'ROUND_NOTHING_TO_PROPOSE',
  ProposalLinkNotFound = 'ROUND_PROPOSAL_LINK_NOT_FOUND',
  /** The round was confirmed: the proposal is no longer open. */
  ProposalLinkClosed = 'ROUND_PROPOSAL_LINK_CLOSED',
  /** Asking for another slot needs an alternative or a reason; alternatives are future local date-times. */
  ProposalAnswerInvalid = 'ROUND_PROPOSAL_ANSWER_INVALID',
}

const KIND_BY_CODE: Record<RoundErrorCode, ErrorKind> = {
  [RoundErrorCode.NotFound]: 'not_found',
  [RoundErrorCode.ItemNotFound]: 'not_found',
  [RoundErrorCode.WindowEndsBeforeStart]: 'invalid',
  [RoundErrorCode.NoWorkingDay]: 'invalid',
  [RoundErrorCode.DurationExceedsWorkingDay]: 'invalid',
  [RoundErrorCode.InvalidInput]: 'invalid',
  [RoundErrorCode.InvalidOrganization]: 'invalid',
  [RoundErrorCode.InvalidPerson]: 'invalid',
  [RoundErrorCode.NoMunicipalities]: 'invalid',
  [RoundErrorCode.SlotRefused]: 'conflict',
  [RoundErrorCode.NotReady]: 'conflict',
  [RoundErrorCode.AlreadyConfirmed]: 'conflict',
  [RoundErrorCode.Stale]: 'conflict',
  [RoundErrorCode.VersionConflict]: 'conflict',
  [RoundErrorCode.AlreadyProposed]: 'conflict',
  [RoundErrorCode.NothingToPropose]: 'conflict',
  [RoundErrorCode.ProposalLinkNotFound]: 'not_found',
  [RoundErrorCode.ProposalLinkClosed]: 'gone',
  [RoundErrorCode.ProposalAnswerInvalid]: 'invalid',
};

const ROUND_STATUS_SV: Record<string, string> = {
  planning: 'under planering',
  draft: 'ett utkast',
  confirmed: 'bekräftad',
  failed: 'misslyckad',
};

function inputPaths(details: Record<string, unknown>): string {
  const errors = Array.isArray(details.errors) ? (details.errors as { path?: string }[]) : [];
  return errors.map((error) => error.path ?? '').join(', ');
}

function violationsIn(details: Record<string, unknown>, locale: 'sv' | 'en'): string {
  const violations = Array.isArray(details.violations) ? (details.violations as ConstraintViolation[]) : [];
  return violations.map((violation) => violationText(violation, locale)).join('; ');
}

/** The message of each code in Swedish and English (the exception filter answers in the caller's). */
export const ROUND_ERROR_MESSAGES: ErrorMessages<RoundErrorCode> = {
  [RoundErrorCode.NotFound]: { sv: 'Omgången finns inte', en: 'Round not found' },
  [RoundErrorCode.ItemNotFound]: {
    sv: 'Kommunen ingår inte i den här omgången',
    en: 'The municipality is not in this round',
  },
  [RoundErrorCode.WindowEndsBeforeStart]: {
    sv: 'Perioden slutar innan den börjar',
    en: 'The window ends before it starts',
  },
  [RoundErrorCode.NoWorkingDay]: {
    sv: 'Perioden innehåller ingen arbetsdag',
    en: 'The window holds no working day',
  },
  [RoundErrorCode.DurationExceedsWorkingDay]: {
    sv: 'Mötet är längre än arbetsdagen',
    en: 'The meeting is longer than the working day',
  },
  [RoundErrorCode.InvalidInput]: {
    sv: (d) => `Planeringens indata är inte giltiga: ${inputPaths(d)}`,
    en: (d) => `The planning input is not valid: ${inputPaths(d)}`,
  },
  [RoundErrorCode.InvalidOrganization]: {
    sv: 'Organisationerna ska vara kommuner i din region, med sätets koordinater för möten på plats',
    en: 'Organizations must be municipalities of your region, with seat coordinates for on-site meetings',
  },
  [RoundErrorCode.InvalidPerson]: {
    sv: 'Regionens team ska vara personer i regionen',
    en: 'The regional team are people of the region',
  },
  [RoundErrorCode.NoMunicipalities]: {
    sv: 'Ingen kommun att planera: ange kommunerna, eller välj en period där någon kommun står i tur',
    en: 'No municipality to plan: name the municipalities, or choose a window in which one is due',
  },
  [RoundErrorCode.SlotRefused]: {
    sv: (d) => `Tiden bryter mot ett villkor: ${violationsIn(d, 'sv')}`,
    en: (d) => `The slot breaks a constraint: ${violationsIn(d, 'en')}`,
  },
  [RoundErrorCode.NotReady]: {
    sv: (d) => `Omgången är ${ROUND_STATUS_SV[String(d.status)] ?? String(d.status)}`,
    en: 'The round is {status}',
  },
  [RoundErrorCode.AlreadyConfirmed]: {
    sv: 'Omgången är redan bekräftad',
    en: 'The round is confirmed already',
  },
  [RoundErrorCode.Stale]: {
    sv: 'Möten som skapats sedan förslaget krockar med det; flytta tiderna eller planera om',
    en: 'Meetings created since the proposal collide with it; move the slots or plan again',
  },
  [RoundErrorCode.VersionConflict]: {
    sv: 'Omgången har ändrats av någon annan; hämta den igen (version {currentVersion})',
    en: 'The round was changed by someone else; fetch it again (version {currentVersion})',
  },
  [RoundErrorCode.AlreadyProposed]: {
    sv: 'Omgången är redan skickad som förslag till kommunerna',
    en: 'The round was sent to the municipalities as a proposal already',
  },
  [RoundErrorCode.NothingToPropose]: {
    sv: 'Ingen kommun har en föreslagen tid att fråga om',
    en: 'No municipality has a proposed slot to ask about',
  },
  [RoundErrorCode.ProposalLinkNotFound]: {
    sv: 'Länken till förslaget hittades inte',
    en: 'No such proposal link',
  },
  [RoundErrorCode.ProposalLinkClosed]: {
    sv: 'Omgången är bekräftad; förslaget går inte längre att besvara',
    en: 'The round is confirmed; the proposal can no longer be answered',
  },
  [RoundErrorCode.ProposalAnswerInvalid]: {
    sv: 'Ange minst en annan tid (datum och klockslag framåt i tiden) eller ett skäl',
    en: 'Give at least one other time (a date and time ahead) or a reason',
  },
};
registerErrorMessages(ROUND_ERROR_MESSAGES);

const CODE_BY_INPUT_ERROR: Partial<Record<SchedulerInputError['code'], RoundErrorCode>> = {
  WINDOW_ENDS_BEFORE_START: RoundErrorCode.WindowEndsBeforeStart,
  NO_WORKING_DAY_IN_WINDOW: RoundErrorCode.NoWorkingDay,
  DURATION_EXCEEDS_WORKING_DAY: RoundErrorCode.DurationExceedsWorkingDay,
};

export class RoundException extends DomainError {
  constructor(code: RoundErrorCode, message: string, details?: unknown) {
    super(KIND_BY_CODE[code], code, message, details);
  }

  /** The same answer for a missing id and for a round outside the caller's region (docs/adr/0003). */
  static notFound(): RoundException {
    return new RoundException(RoundErrorCode.NotFound, 'Round not found');
  }

  /** The scheduler's input errors, all of them, under the code of the first that has its own. */
  static fromInputErrors(errors: readonly SchedulerInputError[]): RoundException {
    const main = errors.find((error) => CODE_BY_INPUT_ERROR[error.code]) ?? errors[0];
    const code = CODE_BY_INPUT_ERROR[main.code] ?? RoundErrorCode.InvalidInput;
    const inApiTerms = errors.map((error) => ({ ...error, path: apiPath(error.path) }));
    return new RoundException(code, main.message, { errors: inApiTerms });
  }

  static slotRefused(violations: readonly ConstraintViolation[]): RoundException {
    const reasons = violations.map((violation) => violation.message).join('; ');
    return new RoundException(RoundErrorCode.SlotRefused, `The slot breaks a constraint: ${reasons}`, {
      violations,
    });
  }
}

/** The scheduler's input paths in the request's terms (window.from, constraints.…). */
function apiPath(path: string): string {
  return path
    .replace(/^window\.firstDate/, 'window.from')
    .replace(/^window\.lastDate/, 'window.to')
    .replace(/^config\./, 'constraints.');
}
