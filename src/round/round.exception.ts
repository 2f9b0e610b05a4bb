import { DomainError, type ErrorKind } from '../common/errors/domain-error.js';
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
};

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
