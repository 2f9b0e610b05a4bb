import type { LocalizedTemplates } from './template.js';
import { welcomeTemplate } from './welcome.js';

/** Templates and the data each one needs. Values are strings shown as given (escaped in HTML). */
export interface MailTemplateData {
  welcome: { personName: string; organizationName: string; loginUrl: string; loginEmail: string };
}
export type MailTemplateName = keyof MailTemplateData;

/** Templates live in .ts modules so `tsc` carries them into dist with the code. */
export const MAIL_TEMPLATES: Record<MailTemplateName, LocalizedTemplates> = {
  welcome: welcomeTemplate,
};
