import { DomainError, type ErrorKind } from '../common/errors/domain-error.js';

export enum AgendaErrorCode {
  TemplateNotFound = 'AGENDA_TEMPLATE_NOT_FOUND',
  /** regionId in a template body is not a region (or not the caller's). */
  InvalidRegion = 'AGENDA_TEMPLATE_INVALID_REGION',
  ItemNotFound = 'AGENDA_ITEM_NOT_FOUND',
  /** The presenter is unknown or not a person of the region or the meeting's municipalities (same answer). */
  InvalidPresenter = 'AGENDA_INVALID_PRESENTER',
  /** Proposals closed at the proposal deadline. */
  ProposalDeadlinePassed = 'AGENDA_PROPOSAL_DEADLINE_PASSED',
  /** Only proposed items are accepted or declined. */
  NotAProposal = 'AGENDA_ITEM_NOT_A_PROPOSAL',
  /** A proposal is accepted or declined before other changes. */
  ProposalUndecided = 'AGENDA_PROPOSAL_UNDECIDED',
  MeetingCancelled = 'AGENDA_MEETING_CANCELLED',
  /** No later planned or confirmed meeting with the municipality to move the item to. */
  NoNextMeeting = 'AGENDA_NO_NEXT_MEETING',
  AlreadyMoved = 'AGENDA_ITEM_ALREADY_MOVED',
  VersionConflict = 'AGENDA_ITEM_VERSION_CONFLICT',
}

const KIND_BY_CODE: Record<AgendaErrorCode, ErrorKind> = {
  [AgendaErrorCode.TemplateNotFound]: 'not_found',
  [AgendaErrorCode.InvalidRegion]: 'invalid',
  [AgendaErrorCode.ItemNotFound]: 'not_found',
  [AgendaErrorCode.InvalidPresenter]: 'invalid',
  [AgendaErrorCode.ProposalDeadlinePassed]: 'conflict',
  [AgendaErrorCode.NotAProposal]: 'conflict',
  [AgendaErrorCode.ProposalUndecided]: 'conflict',
  [AgendaErrorCode.MeetingCancelled]: 'conflict',
  [AgendaErrorCode.NoNextMeeting]: 'conflict',
  [AgendaErrorCode.AlreadyMoved]: 'conflict',
  [AgendaErrorCode.VersionConflict]: 'conflict',
};

export class AgendaException extends DomainError {
  constructor(code: AgendaErrorCode, message: string, details?: unknown) {
    super(KIND_BY_CODE[code], code, message, details);
  }

  /** The same answer for a missing id and for one outside the caller's scope (docs/adr/0003). */
  static itemNotFound(): AgendaException {
    return new AgendaException(AgendaErrorCode.ItemNotFound, 'Agenda item not found');
  }

  static templateNotFound(): AgendaException {
    return new AgendaException(AgendaErrorCode.TemplateNotFound, 'Agenda template not found');
  }
}
