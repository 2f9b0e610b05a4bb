import { DomainError, type ErrorKind } from '../common/errors/domain-error.js';
import { type ErrorMessages, registerErrorMessages } from '../common/i18n/error-messages.js';

export enum InvitationErrorCode {
  RsvpLinkNotFound = 'RSVP_LINK_NOT_FOUND',
  /** The meeting ended more than RSVP_GRACE_DAYS ago. */
  RsvpLinkExpired = 'RSVP_LINK_EXPIRED',
  /** The person was taken off the meeting, or the link was withdrawn. */
  RsvpLinkRevoked = 'RSVP_LINK_REVOKED',
  RsvpMeetingCancelled = 'RSVP_MEETING_CANCELLED',
  /** Answering in the app: the signed-in person is not (or no longer) a participant of the meeting. */
  RsvpNotParticipant = 'RSVP_NOT_PARTICIPANT',
  /** Answering in the app: the meeting was held, or ended more than RSVP_GRACE_DAYS ago. */
  RsvpClosed = 'RSVP_CLOSED',
  /** Sending a substitute: no such person, or not an active colleague of the same organization. */
  SubstituteNotFound = 'SUBSTITUTE_NOT_FOUND',
  /** Sending a substitute: the person already takes part in the meeting (or is the sender). */
  SubstituteTakingPart = 'SUBSTITUTE_TAKING_PART',
}

/** The codes an RSVP link (the public page) can answer. */
export type RsvpLinkErrorCode = Exclude<
  InvitationErrorCode,
  | InvitationErrorCode.RsvpNotParticipant
  | InvitationErrorCode.RsvpClosed
  | InvitationErrorCode.SubstituteNotFound
  | InvitationErrorCode.SubstituteTakingPart
>;

const KIND_BY_CODE: Record<InvitationErrorCode, ErrorKind> = {
  [InvitationErrorCode.RsvpLinkNotFound]: 'not_found',
  [InvitationErrorCode.RsvpLinkExpired]: 'gone',
  [InvitationErrorCode.RsvpLinkRevoked]: 'gone',
  [InvitationErrorCode.RsvpMeetingCancelled]: 'gone',
  [InvitationErrorCode.RsvpNotParticipant]: 'forbidden',
  [InvitationErrorCode.RsvpClosed]: 'conflict',
  [InvitationErrorCode.SubstituteNotFound]: 'not_found',
  [InvitationErrorCode.SubstituteTakingPart]: 'conflict',
};

/** The message of each code in Swedish and English (the exception filter answers in the caller's). */
export const INVITATION_ERROR_MESSAGES: ErrorMessages<InvitationErrorCode> = {
  [InvitationErrorCode.RsvpLinkNotFound]: { sv: 'Svarslänken finns inte', en: 'No such RSVP link' },
  [InvitationErrorCode.RsvpLinkExpired]: { sv: 'Svarslänken har gått ut', en: 'The RSVP link has expired' },
  [InvitationErrorCode.RsvpLinkRevoked]: {
    sv: 'Svarslänken har dragits tillbaka',
    en: 'The RSVP link has been withdrawn',
  },
  [InvitationErrorCode.RsvpMeetingCancelled]: { sv: 'Mötet är inställt', en: 'The meeting is cancelled' },
  [InvitationErrorCode.RsvpNotParticipant]: {
    sv: 'Du är inte deltagare i mötet och kan inte svara på inbjudan',
    en: 'You are not a participant of this meeting and cannot answer its invitation',
  },
  [InvitationErrorCode.RsvpClosed]: {
    sv: 'Mötet är över; svaret kan inte längre ändras',
    en: 'The meeting is over; the answer can no longer change',
  },
  [InvitationErrorCode.SubstituteNotFound]: {
    sv: 'Ersättaren finns inte bland dina kollegor i samma organisation',
    en: 'The substitute is not among your colleagues of the same organization',
  },
  [InvitationErrorCode.SubstituteTakingPart]: {
    sv: 'Personen deltar redan i mötet och kan inte skickas som ersättare',
    en: 'The person already takes part in the meeting and cannot be sent as a substitute',
  },
};
registerErrorMessages(INVITATION_ERROR_MESSAGES);

export class InvitationException extends DomainError {
  constructor(
    override readonly code: InvitationErrorCode,
    message: string,
    details?: unknown,
  ) {
    super(KIND_BY_CODE[code], code, message, details);
  }
}
