import { DomainError, type ErrorKind } from '../../common/errors/domain-error.js';
import { type ErrorMessages, registerErrorMessages } from '../../common/i18n/error-messages.js';

export enum PaperErrorCode {
  NotFound = 'PAPER_NOT_FOUND',
  /** The upload is not multipart/form-data. */
  NotMultipart = 'PAPER_NOT_MULTIPART',
  /** The multipart body has no file part. */
  FileMissing = 'PAPER_FILE_MISSING',
  /** The multipart body broke off or is malformed. */
  UploadBroken = 'PAPER_UPLOAD_BROKEN',
  Empty = 'PAPER_EMPTY',
  TooLarge = 'PAPER_TOO_LARGE',
  /** The content is of no accepted type: not a PDF, Office or OpenDocument file or an image. */
  TypeNotAllowed = 'PAPER_TYPE_NOT_ALLOWED',
  /** The content is an accepted type, but not the one the file's name says. */
  TypeMismatch = 'PAPER_TYPE_MISMATCH',
  /** The minutes of the meeting are locked: its papers are part of the record. */
  MinutesLocked = 'PAPER_MINUTES_LOCKED',
}

const KIND_BY_CODE: Record<PaperErrorCode, ErrorKind> = {
  [PaperErrorCode.NotFound]: 'not_found',
  [PaperErrorCode.NotMultipart]: 'unsupported_media_type',
  [PaperErrorCode.FileMissing]: 'invalid',
  [PaperErrorCode.UploadBroken]: 'invalid',
  [PaperErrorCode.Empty]: 'invalid',
  [PaperErrorCode.TooLarge]: 'too_large',
  [PaperErrorCode.TypeNotAllowed]: 'unsupported_media_type',
  [PaperErrorCode.TypeMismatch]: 'unprocessable',
  [PaperErrorCode.MinutesLocked]: 'conflict',
};

export const PAPER_ERROR_MESSAGES: ErrorMessages<PaperErrorCode> = {
  [PaperErrorCode.NotFound]: { sv: 'Handlingen finns inte', en: 'Paper not found' },
  [PaperErrorCode.NotMultipart]: {
    sv: 'Skicka filen som multipart/form-data med fältet file',
    en: 'Send the file as multipart/form-data in the field file',
  },
  [PaperErrorCode.FileMissing]: {
    sv: 'Förfrågan innehåller ingen fil (fältet file)',
    en: 'The request holds no file (field file)',
  },
  [PaperErrorCode.UploadBroken]: {
    sv: 'Uppladdningen avbröts eller är felaktigt formaterad; försök igen',
    en: 'The upload broke off or is malformed; try again',
  },
  [PaperErrorCode.Empty]: { sv: 'Filen är tom', en: 'The file is empty' },
  [PaperErrorCode.TooLarge]: {
    sv: 'Filen är större än {maxMegabytes} MB',
    en: 'The file is larger than {maxMegabytes} MB',
  },
  [PaperErrorCode.TypeNotAllowed]: {
    sv: 'Filtypen tas inte emot: bifoga PDF, Word, Excel, PowerPoint, OpenDocument eller en bild (PNG, JPEG, GIF, WebP)',
    en: 'This type of file is not accepted: attach PDF, Word, Excel, PowerPoint, OpenDocument or an image (PNG, JPEG, GIF, WebP)',
  },
  [PaperErrorCode.TypeMismatch]: {
    sv: 'Filens innehåll är {detected}, men namnet slutar på .{named}',
    en: 'The file’s content is {detected}, but its name ends in .{named}',
  },
  [PaperErrorCode.MinutesLocked]: {
    sv: 'Protokollet är justerat och låst; handlingarna ingår i det och kan inte ändras',
    en: 'The minutes are approved and locked; the papers are part of them and cannot change',
  },
};
registerErrorMessages(PAPER_ERROR_MESSAGES);

export class PaperException extends DomainError {
  constructor(code: PaperErrorCode, message: string, details?: unknown) {
    super(KIND_BY_CODE[code], code, message, details);
  }

  /** The same answer for a missing paper and one of an item outside the caller's reach (docs/adr/0003). */
  static notFound(): PaperException {
    return new PaperException(PaperErrorCode.NotFound, 'Paper not found');
  }
}
