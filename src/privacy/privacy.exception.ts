import { DomainError, type ErrorKind } from '../common/errors/domain-error.js';
import { type ErrorMessages, registerErrorMessages } from '../common/i18n/error-messages.js';

export enum PrivacyErrorCode {
  AlreadyErased = 'PERSON_ALREADY_ERASED',
  EraseSelf = 'CANNOT_ERASE_SELF',
  EraseActiveAdmin = 'CANNOT_ERASE_ACTIVE_ADMIN',
  GuestNotFound = 'GUEST_NOT_FOUND',
}

const KIND_BY_CODE: Record<PrivacyErrorCode, ErrorKind> = {
  [PrivacyErrorCode.AlreadyErased]: 'conflict',
  [PrivacyErrorCode.EraseSelf]: 'conflict',
  [PrivacyErrorCode.EraseActiveAdmin]: 'conflict',
  [PrivacyErrorCode.GuestNotFound]: 'not_found',
};

export const PRIVACY_ERROR_MESSAGES: ErrorMessages<PrivacyErrorCode> = {
  [PrivacyErrorCode.AlreadyErased]: {
    sv: 'Personens uppgifter är redan raderade',
    en: "The person's data has already been erased",
  },
  [PrivacyErrorCode.EraseSelf]: {
    sv: 'Du kan inte radera dina egna uppgifter; be en annan administratör',
    en: 'You cannot erase your own data; ask another admin',
  },
  [PrivacyErrorCode.EraseActiveAdmin]: {
    sv: 'Ta först bort administratörsrollen eller personen, sedan kan uppgifterna raderas',
    en: 'Remove the admin role or delete the person first; then the data can be erased',
  },
  [PrivacyErrorCode.GuestNotFound]: {
    sv: 'Ingen gäst har bjudits in med den e-postadressen (eller så är uppgifterna redan raderade)',
    en: 'No guest was invited with this email address (or their data is already erased)',
  },
};

registerErrorMessages(PRIVACY_ERROR_MESSAGES);

export class PrivacyException extends DomainError {
  constructor(code: PrivacyErrorCode, message: string) {
    super(KIND_BY_CODE[code], code, message);
  }
}
