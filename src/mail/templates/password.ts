import type { LocalizedTemplates } from './template.js';

export interface PasswordResetMailData {
  personName: string;
  /** `PUBLIC_URL/set-password/<token>`: the web app's page, single use. */
  resetUrl: string;
  validMinutes: string;
}

export interface PasswordChangedMailData {
  personName: string;
  loginEmail: string;
  /** When, in the business time zone, formatted for the reader. */
  changedAt: string;
  /** `PUBLIC_URL/forgot-password`: where to take the account back. */
  forgotPasswordUrl: string;
}

/** Answer to "forgot password": a link to choose a new one. */
export const passwordResetTemplate: LocalizedTemplates = {
  sv: {
    subject: 'Välj ett nytt lösenord i Samverkan',
    html: `<p>Hej {{personName}},</p>
<p>Någon, förhoppningsvis du, har bett om att få välja ett nytt lösenord till ditt konto i Samverkan.</p>
<p><a href="{{resetUrl}}" style="color:#0b5394;">Välj ett nytt lösenord</a></p>
<p>Länken fungerar en gång och i {{validMinutes}} minuter. Har du inte bett om det kan du bortse från
det här meddelandet; ditt lösenord är oförändrat.</p>`,
    text: `Hej {{personName}},

Någon, förhoppningsvis du, har bett om att få välja ett nytt lösenord till ditt konto i Samverkan.

Välj ett nytt lösenord: {{resetUrl}}

Länken fungerar en gång och i {{validMinutes}} minuter. Har du inte bett om det kan du bortse från
det här meddelandet; ditt lösenord är oförändrat.`,
  },
  en: {
    subject: 'Choose a new password for Samverkan',
    html: `<p>Hello {{personName}},</p>
<p>Someone, hopefully you, asked to choose a new password for your Samverkan account.</p>
<p><a href="{{resetUrl}}" style="color:#0b5394;">Choose a new password</a></p>
<p>The link works once and for {{validMinutes}} minutes. If you did not ask for it, ignore this message;
your password has not changed.</p>`,
    text: `Hello {{personName}},

Someone, hopefully you, asked to choose a new password for your Samverkan account.

Choose a new password: {{resetUrl}}

The link works once and for {{validMinutes}} minutes. If you did not ask for it, ignore this message;
your password has not changed.`,
  },
};

/** To the owner whenever a password they had was changed, by them or by an admin (issue 12.4). */
export const passwordChangedTemplate: LocalizedTemplates = {
  sv: {
    subject: 'Ditt lösenord i Samverkan har ändrats',
    html: `<p>Hej {{personName}},</p>
<p>Lösenordet till ditt konto i Samverkan (<strong>{{loginEmail}}</strong>) ändrades {{changedAt}}. Alla
inloggningar med det gamla lösenordet har avslutats.</p>
<p>Var det inte du? Välj ett nytt lösenord på
<a href="{{forgotPasswordUrl}}" style="color:#0b5394;">{{forgotPasswordUrl}}</a> och kontakta din
administratör.</p>`,
    text: `Hej {{personName}},

Lösenordet till ditt konto i Samverkan ({{loginEmail}}) ändrades {{changedAt}}. Alla inloggningar med
det gamla lösenordet har avslutats.

Var det inte du? Välj ett nytt lösenord på {{forgotPasswordUrl}} och kontakta din administratör.`,
  },
  en: {
    subject: 'Your Samverkan password was changed',
    html: `<p>Hello {{personName}},</p>
<p>The password of your Samverkan account (<strong>{{loginEmail}}</strong>) was changed {{changedAt}}.
Every sign-in with the old password has been ended.</p>
<p>Was it not you? Choose a new password at
<a href="{{forgotPasswordUrl}}" style="color:#0b5394;">{{forgotPasswordUrl}}</a> and contact your
administrator.</p>`,
    text: `Hello {{personName}},

The password of your Samverkan account ({{loginEmail}}) was changed {{changedAt}}. Every sign-in with
the old password has been ended.

Was it not you? Choose a new password at {{forgotPasswordUrl}} and contact your administrator.`,
  },
};
