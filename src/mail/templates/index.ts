import {
  type ActionDigestMailData,
  type ActionReminderMailData,
  actionDigestTemplate,
  actionReminderTemplate,
} from './action.js';
import {
  type AgendaCallForItemsMailData,
  type AgendaMailData,
  type AgendaProposalDecisionMailData,
  type AgendaProposalMovedMailData,
  type AgendaProposalReceivedMailData,
  agendaCallForItemsTemplate,
  agendaProposalDecisionTemplate,
  agendaProposalMovedTemplate,
  agendaProposalReceivedTemplate,
  agendaTemplate,
} from './agenda.js';
import {
  type DelegationRefusedMailData,
  type DelegationRefusedOrganizerMailData,
  type InvitationCancelMailData,
  type InvitationMailData,
  type MeetingReminderMailData,
  delegationRefusedOrganizerTemplate,
  delegationRefusedTemplate,
  invitationCancelTemplate,
  invitationTemplate,
  invitationUpdateTemplate,
  meetingReminderTemplate,
} from './invitation.js';
import {
  type MinutesApprovalMailData,
  type MinutesDistributionMailData,
  type MinutesOverdueMailData,
  type MinutesReturnedMailData,
  minutesApprovalTemplate,
  minutesDistributionTemplate,
  minutesOverdueTemplate,
  minutesReturnedTemplate,
} from './minutes.js';
import {
  type PasswordChangedMailData,
  type PasswordResetMailData,
  passwordChangedTemplate,
  passwordResetTemplate,
} from './password.js';
import {
  type RoundConsultationExpiredMailData,
  type RoundProposalMailData,
  roundConsultationExpiredTemplate,
  roundProposalTemplate,
} from './round.js';
import type { LocalizedTemplates } from './template.js';
import { type WelcomeMailData, welcomeTemplate } from './welcome.js';

/** Templates and the data each one needs. Values are strings shown as given (escaped in HTML). */
export interface MailTemplateData {
  welcome: WelcomeMailData;
  'password-reset': PasswordResetMailData;
  'password-changed': PasswordChangedMailData;
  invitation: InvitationMailData;
  'invitation-update': InvitationMailData;
  'invitation-cancel': InvitationCancelMailData;
  'meeting-reminder': MeetingReminderMailData;
  'delegation-refused': DelegationRefusedMailData;
  'delegation-refused-organizer': DelegationRefusedOrganizerMailData;
  'action-reminder': ActionReminderMailData;
  'action-digest': ActionDigestMailData;
  agenda: AgendaMailData;
  'agenda-proposal-decision': AgendaProposalDecisionMailData;
  'agenda-proposal-received': AgendaProposalReceivedMailData;
  'agenda-proposal-moved': AgendaProposalMovedMailData;
  'agenda-call-for-items': AgendaCallForItemsMailData;
  'minutes-approval': MinutesApprovalMailData;
  'minutes-returned': MinutesReturnedMailData;
  'minutes-distribution': MinutesDistributionMailData;
  'minutes-overdue': MinutesOverdueMailData;
  'round-proposal': RoundProposalMailData;
  'round-consultation-expired': RoundConsultationExpiredMailData;
}
export type MailTemplateName = keyof MailTemplateData;

/** Templates live in .ts modules so `tsc` carries them into dist with the code. */
export const MAIL_TEMPLATES: Record<MailTemplateName, LocalizedTemplates> = {
  welcome: welcomeTemplate,
  'password-reset': passwordResetTemplate,
  'password-changed': passwordChangedTemplate,
  invitation: invitationTemplate,
  'invitation-update': invitationUpdateTemplate,
  'invitation-cancel': invitationCancelTemplate,
  'meeting-reminder': meetingReminderTemplate,
  'delegation-refused': delegationRefusedTemplate,
  'delegation-refused-organizer': delegationRefusedOrganizerTemplate,
  'action-reminder': actionReminderTemplate,
  'action-digest': actionDigestTemplate,
  agenda: agendaTemplate,
  'agenda-proposal-decision': agendaProposalDecisionTemplate,
  'agenda-proposal-received': agendaProposalReceivedTemplate,
  'agenda-proposal-moved': agendaProposalMovedTemplate,
  'agenda-call-for-items': agendaCallForItemsTemplate,
  'minutes-approval': minutesApprovalTemplate,
  'minutes-returned': minutesReturnedTemplate,
  'minutes-distribution': minutesDistributionTemplate,
  'minutes-overdue': minutesOverdueTemplate,
  'round-proposal': roundProposalTemplate,
  'round-consultation-expired': roundConsultationExpiredTemplate,
};
