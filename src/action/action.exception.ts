import { DomainError, type ErrorKind } from '../common/errors/domain-error.js';
import { type ErrorMessages, registerErrorMessages } from '../common/i18n/error-messages.js';

export enum ActionErrorCode {
  NotFound = 'ACTION_NOT_FOUND',
  InvalidOwner = 'ACTION_INVALID_OWNER',
  InvalidLink = 'ACTION_INVALID_LINK',
  InvalidDueDate = 'ACTION_INVALID_DUE_DATE',
  VersionConflict = 'ACTION_VERSION_CONFLICT',
  /** A proposed action changes with the minutes it is written in, until they lock. */
  Proposed = 'ACTION_PROPOSED',
}

const KIND_BY_CODE: Record<ActionErrorCode, ErrorKind> = {
  [ActionErrorCode.NotFound]: 'not_found',
  [ActionErrorCode.InvalidOwner]: 'invalid',
  [ActionErrorCode.InvalidLink]: 'invalid',
  [ActionErrorCode.InvalidDueDate]: 'invalid',
  [ActionErrorCode.VersionConflict]: 'conflict',
  [ActionErrorCode.Proposed]: 'conflict',
};

/** The message of each code in Swedish and English (the exception filter answers in the caller's). */
export const ACTION_ERROR_MESSAGES: ErrorMessages<ActionErrorCode> = {
  [ActionErrorCode.NotFound]: { sv: 'Åtgärden finns inte', en: 'Action not found' },
  [ActionErrorCode.InvalidOwner]: {
    sv: 'Ansvarig person och organisation passar inte ihop eller går inte att välja ({field})',
    en: 'The owner person and organization do not match or cannot be chosen ({field})',
  },
  [ActionErrorCode.InvalidLink]: {
    sv: 'Kopplingen går inte att göra: mötet eller dagordningspunkten finns inte eller är inte din ({field})',
    en: 'The link cannot be made: the meeting or agenda item is missing or not yours ({field})',
  },
  [ActionErrorCode.InvalidDueDate]: {
    sv: 'Förfallodagen ska vara ett datum (ÅÅÅÅ-MM-DD)',
    en: 'dueDate must be a local date (YYYY-MM-DD)',
  },
  [ActionErrorCode.VersionConflict]: {
    sv: 'Åtgärden har ändrats av någon annan; hämta den igen (version {currentVersion})',
    en: 'The action was changed by someone else; fetch it again (version {currentVersion})',
  },
  [ActionErrorCode.Proposed]: {
    sv: 'Åtgärden är föreslagen i ett protokoll som inte är justerat; ändra den i protokollet',
    en: 'The action is proposed in minutes not yet approved; change it in the minutes',
  },
};
registerErrorMessages(ACTION_ERROR_MESSAGES);

export class ActionException extends DomainError {
  constructor(code: ActionErrorCode, message: string, details?: unknown) {
    super(KIND_BY_CODE[code], code, message, details);
  }

  /** The same answer for a missing id and for one outside the caller's scope (docs/adr/0003). */
  static notFound(): ActionException {
    return new ActionException(ActionErrorCode.NotFound, 'Action not found');
  }

  static invalidOwner(message: string, field: string): ActionException {
    return new ActionException(ActionErrorCode.InvalidOwner, message, { field });
  }
}
