import { DomainError, type ErrorKind } from '../common/errors/domain-error.js';
import { type ErrorMessages, registerErrorMessages } from '../common/i18n/error-messages.js';

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
  /** The agenda changed since the version the caller saw (a move or a template applied on it). */
  AgendaVersionConflict = 'AGENDA_VERSION_CONFLICT',
  /** Closing items ("Övriga frågor") stay after every other item on the agenda. */
  ClosingItemsLast = 'AGENDA_CLOSING_ITEMS_LAST',
  /** Only an item on the agenda has a number to move to (a proposal is accepted first). */
  NotOnAgenda = 'AGENDA_ITEM_NOT_ON_AGENDA',
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
  [AgendaErrorCode.AgendaVersionConflict]: 'conflict',
  [AgendaErrorCode.ClosingItemsLast]: 'conflict',
  [AgendaErrorCode.NotOnAgenda]: 'conflict',
};

/** The message of each code in Swedish and English (the exception filter answers in the caller's). */
export const AGENDA_ERROR_MESSAGES: ErrorMessages<AgendaErrorCode> = {
  [AgendaErrorCode.TemplateNotFound]: { sv: 'Dagordningsmallen finns inte', en: 'Agenda template not found' },
  [AgendaErrorCode.InvalidRegion]: {
    sv: 'regionId måste vara din region',
    en: 'regionId must be your region',
  },
  [AgendaErrorCode.ItemNotFound]: { sv: 'Dagordningspunkten finns inte', en: 'Agenda item not found' },
  [AgendaErrorCode.InvalidPresenter]: {
    sv: 'Föredraganden måste vara en person i regionen eller i mötets kommuner, eller en av mötets deltagare',
    en: 'The presenter must be a person of the region or of the meeting’s municipalities, or a participant',
  },
  [AgendaErrorCode.ProposalDeadlinePassed]: {
    sv: 'Tiden för förslag till det här mötet har gått ut',
    en: 'Proposals for this meeting have closed',
  },
  [AgendaErrorCode.NotAProposal]: {
    sv: 'Bara en föreslagen punkt kan godtas eller avböjas',
    en: 'Only a proposed item is accepted or declined',
  },
  [AgendaErrorCode.ProposalUndecided]: {
    sv: 'Bara en punkt på dagordningen kan flyttas vidare; ta ställning till förslaget först',
    en: 'Only an item on the agenda moves on; decide on the proposal first',
  },
  [AgendaErrorCode.MeetingCancelled]: { sv: 'Mötet är inställt', en: 'The meeting is cancelled' },
  [AgendaErrorCode.NoNextMeeting]: {
    sv: 'Det finns inget senare möte med kommunen',
    en: 'There is no later meeting with the municipality',
  },
  [AgendaErrorCode.AlreadyMoved]: {
    sv: 'Punkten är redan flyttad till ett senare möte',
    en: 'The item was already moved to a later meeting',
  },
  [AgendaErrorCode.VersionConflict]: {
    sv: 'Punkten har ändrats av någon annan; hämta den igen (version {currentVersion})',
    en: 'The item was changed by someone else; fetch it again (version {currentVersion})',
  },
  [AgendaErrorCode.AgendaVersionConflict]: {
    sv: 'Dagordningen har ändrats av någon annan; hämta den igen (version {currentVersion})',
    en: 'The agenda was changed by someone else; fetch it again (version {currentVersion})',
  },
  [AgendaErrorCode.ClosingItemsLast]: {
    sv: 'Avslutande punkter som Övriga frågor ligger sist på dagordningen',
    en: 'Closing items such as Any other business stay last on the agenda',
  },
  [AgendaErrorCode.NotOnAgenda]: {
    sv: 'Bara en punkt på dagordningen kan flyttas; ta ställning till förslaget först',
    en: 'Only an item on the agenda can be moved; decide on the proposal first',
  },
};
registerErrorMessages(AGENDA_ERROR_MESSAGES);

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
