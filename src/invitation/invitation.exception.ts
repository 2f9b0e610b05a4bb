import { DomainError, type ErrorKind } from '../common/errors/domain-error.js';

export enum InvitationErrorCode {
  RsvpLinkNotFound = 'RSVP_LINK_NOT_FOUND',
  /** The meeting ended more than RSVP_GRACE_DAYS ago. */
  RsvpLinkExpired = 'RSVP_LINK_EXPIRED',
  /** The person was taken off the meeting, or the link was withdrawn. */
  RsvpLinkRevoked = 'RSVP_LINK_REVOKED',
  RsvpMeetingCancelled = 'RSVP_MEETING_CANCELLED',
}

const KIND_BY_CODE: Record<InvitationErrorCode, ErrorKind> = {
  [InvitationErrorCode.RsvpLinkNotFound]: 'not_found',
  [InvitationErrorCode.RsvpLinkExpired]: 'gone',
  [InvitationErrorCode.RsvpLinkRevoked]: 'gone',
  [InvitationErrorCode.RsvpMeetingCancelled]: 'gone',
};

export class InvitationException extends DomainError {
  constructor(
    override readonly code: InvitationErrorCode,
    message: string,
    details?: unknown,
  ) {
    super(KIND_BY_CODE[code], code, message, details);
  }
}
