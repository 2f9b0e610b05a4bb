import { DomainError, type ErrorKind } from '../common/errors/domain-error.js';

export enum ActionErrorCode {
  NotFound = 'ACTION_NOT_FOUND',
  InvalidOwner = 'ACTION_INVALID_OWNER',
  InvalidLink = 'ACTION_INVALID_LINK',
  InvalidDueDate = 'ACTION_INVALID_DUE_DATE',
  VersionConflict = 'ACTION_VERSION_CONFLICT',
}

const KIND_BY_CODE: Record<ActionErrorCode, ErrorKind> = {
  [ActionErrorCode.NotFound]: 'not_found',
  [ActionErrorCode.InvalidOwner]: 'invalid',
  [ActionErrorCode.InvalidLink]: 'invalid',
  [ActionErrorCode.InvalidDueDate]: 'invalid',
  [ActionErrorCode.VersionConflict]: 'conflict',
};

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
