import { Foundation1764410000000 } from './1764410000000-foundation.js';
import { Meetings1764420000000 } from './1764420000000-meetings.js';
import { CalendarFeedTokens1764435000000 } from './1764435000000-calendar-feed-tokens.js';
import { Invitations1764445000000 } from './1764445000000-invitations.js';
import { Agreements1764450000000 } from './1764450000000-agreements.js';
import { Rounds1764465000000 } from './1764465000000-rounds.js';
import { FollowUp1764470000000 } from './1764470000000-follow-up.js';
import { AgendasAndMinutes1764480000000 } from './1764480000000-agendas-and-minutes.js';
import { EmailRawText1764490000000 } from './1764490000000-email-raw-text.js';
import { ActionEventUuids1765000000000 } from './1765000000000-action-event-uuids.js';
import { OverviewVersions1765010000000 } from './1765010000000-overview-versions.js';
import { AgendaClosingItems1765100000000 } from './1765100000000-agenda-closing-items.js';
import { ReferenceForeignKeys1765400000000 } from './1765400000000-reference-foreign-keys.js';
import { DeploymentIdentity1765400000001 } from './1765400000001-deployment-identity.js';
import { BrowserSessions1765500000000 } from './1765500000000-browser-sessions.js';
import { OverviewModel1765800000000 } from './1765800000000-overview-model.js';
import { ArrayReferences1766000000000 } from './1766000000000-array-references.js';
import { QuestionEvents1766300000000 } from './1766300000000-question-events.js';
import { MinutesParts1766830000000 } from './1766830000000-minutes-parts.js';
import { AgendaItemPapers1766840000000 } from './1766840000000-agenda-item-papers.js';
import { PersonIdentities1766860000000 } from './1766860000000-person-identities.js';
import { PersonErasure1766890000000 } from './1766890000000-person-erasure.js';
import { AuditRetention1766900000000 } from './1766900000000-audit-retention.js';
import { SecrecyAndCaseNumbers1766930000000 } from './1766930000000-secrecy-and-case-numbers.js';
import { ArchivePackages1766940000000 } from './1766940000000-archive-packages.js';
import { ExternalOrganizationsAndGuests1766950000000 } from './1766950000000-external-organizations-and-guests.js';
import { Substitutes1766960000000 } from './1766960000000-substitutes.js';
import { CallsForAgendaItems1766970000000 } from './1766970000000-calls-for-agenda-items.js';
import { RoundConsultations1766970000001 } from './1766970000001-round-consultations.js';

/** Every migration in order. A merged migration is never edited: add a new one. */
export const MIGRATIONS = [
  Foundation1764410000000,
  Meetings1764420000000,
  CalendarFeedTokens1764435000000,
  Invitations1764445000000,
  Agreements1764450000000,
  Rounds1764465000000,
  FollowUp1764470000000,
  AgendasAndMinutes1764480000000,
  EmailRawText1764490000000,
  ActionEventUuids1765000000000,
  OverviewVersions1765010000000,
  AgendaClosingItems1765100000000,
  ReferenceForeignKeys1765400000000,
  DeploymentIdentity1765400000001,
  BrowserSessions1765500000000,
  OverviewModel1765800000000,
  ArrayReferences1766000000000,
  QuestionEvents1766300000000,
  MinutesParts1766830000000,
  AgendaItemPapers1766840000000,
  PersonIdentities1766860000000,
  PersonErasure1766890000000,
  AuditRetention1766900000000,
  SecrecyAndCaseNumbers1766930000000,
  ArchivePackages1766940000000,
  ExternalOrganizationsAndGuests1766950000000,
  Substitutes1766960000000,
  CallsForAgendaItems1766970000000,
  RoundConsultations1766970000001,
];
