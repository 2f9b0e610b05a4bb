import {
  ActionDigestDeliveryEntity,
  ActionEntity,
  ActionEventEntity,
  ActionReminderDeliveryEntity,
  ActionStrategyAreaEntity,
} from '../action/action.entity.js';
import {
  AgendaEntity,
  AgendaItemEntity,
  AgendaTemplateEntity,
  RoundAgendaTemplateEntity,
} from '../agenda/agenda.entity.js';
import { AgendaItemPaperEntity } from '../agenda/papers/agenda-item-paper.entity.js';
import { AgreementEntity } from '../agreement/agreement.entity.js';
import { AuditEntryEntity } from '../audit/audit-entry.entity.js';
import { BrowserSessionEntity } from '../auth/browser-session.entity.js';
import { PersonIdentityEntity } from '../auth/oidc/person-identity.entity.js';
import { CalendarFeedTokenEntity } from '../feed/calendar-feed-token.entity.js';
import {
  InvitationEntity,
  InvitationSyncStateEntity,
  InvitationTokenEntity,
} from '../invitation/invitation.entity.js';
import { OutboxEntryEntity } from '../jobs/outbox-entry.entity.js';
import { EmailEntity } from '../mail/email.entity.js';
import {
  MeetingEntity,
  MeetingOrganizationEntity,
  MeetingParticipantEntity,
} from '../meeting/meeting.entity.js';
import { OrganizationEntity } from '../organization/organization.entity.js';
import { PasswordLinkEntity } from '../person/password-link.entity.js';
import { PersonEntity } from '../person/person.entity.js';
import {
  QuestionActionEntity,
  QuestionAgendaItemEntity,
  QuestionEntity,
  QuestionEventEntity,
  QuestionMeetingEntity,
  QuestionOrganizationEntity,
  QuestionStrategyAreaEntity,
} from '../question/question.entity.js';
import {
  MinutesAdjusterEntity,
  MinutesApprovalTokenEntity,
  MinutesEntity,
  MinutesReviewEntity,
  MinutesRevisionEntity,
} from '../minutes/minutes.entity.js';
import { ArchivePackageEntity } from '../minutes/archive/archive-package.entity.js';
import { MeetingReminderEntity } from '../reminder/meeting-reminder.entity.js';
import { RoundEntity, RoundItemEntity } from '../round/round.entity.js';
import { SecrecyGroundEntity } from '../secrecy/secrecy-ground.entity.js';
import { StrategyAreaEntity } from '../strategy-area/strategy-area.entity.js';

/** Every entity, listed explicitly so the same list works from TypeScript (tests) and from dist. */
export const ENTITIES = [
  OrganizationEntity,
  PersonEntity,
  AuditEntryEntity,
  OutboxEntryEntity,
  EmailEntity,
  MeetingEntity,
  MeetingOrganizationEntity,
  MeetingParticipantEntity,
  AgreementEntity,
  RoundEntity,
  RoundItemEntity,
  CalendarFeedTokenEntity,
  InvitationEntity,
  InvitationTokenEntity,
  InvitationSyncStateEntity,
  MeetingReminderEntity,
  StrategyAreaEntity,
  SecrecyGroundEntity,
  ActionEntity,
  ActionStrategyAreaEntity,
  ActionEventEntity,
  ActionReminderDeliveryEntity,
  ActionDigestDeliveryEntity,
  QuestionEntity,
  QuestionOrganizationEntity,
  QuestionMeetingEntity,
  QuestionAgendaItemEntity,
  QuestionActionEntity,
  QuestionStrategyAreaEntity,
  QuestionEventEntity,
  AgendaTemplateEntity,
  RoundAgendaTemplateEntity,
  AgendaEntity,
  AgendaItemEntity,
  AgendaItemPaperEntity,
  MinutesEntity,
  MinutesRevisionEntity,
  MinutesReviewEntity,
  MinutesAdjusterEntity,
  MinutesApprovalTokenEntity,
  ArchivePackageEntity,
  BrowserSessionEntity,
  PasswordLinkEntity,
  PersonIdentityEntity,
];
