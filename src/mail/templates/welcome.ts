import type { LocalizedTemplates } from './template.js';

export interface WelcomeMailData {
  personName: string;
  organizationName: string;
  /** `PUBLIC_URL/set-password/<token>`: the web app's page, single use. */
  setPasswordUrl: string;
  loginEmail: string;
  validDays: string;
}

/** To a person whose account was just created: a link to choose their password, and their login address. */
export const welcomeTemplate: LocalizedTemplates = {
  sv: {
    subject: 'Välkommen till Samverkan',
    html: `<p>Hej {{personName}},</p>
<p>Ett konto i Samverkan har skapats åt dig hos {{organizationName}}. I Samverkan planeras och följs
samverkansmötena mellan regionen och kommunerna upp: kallelser, dagordningar, protokoll och åtgärder.</p>
<p><a href="{{setPasswordUrl}}" style="color:#0b5394;">Välj ditt lösenord</a> och logga sedan in med din
e-postadress <strong>{{loginEmail}}</strong>. Länken fungerar en gång och i {{validDays}} dagar.</p>
<p>Välkommen!</p>`,
    text: `Hej {{personName}},

Ett konto i Samverkan har skapats åt dig hos {{organizationName}}. I Samverkan planeras och följs
samverkansmötena mellan regionen och kommunerna upp: kallelser, dagordningar, protokoll och åtgärder.

Välj ditt lösenord: {{setPasswordUrl}}
Logga sedan in med din e-postadress {{loginEmail}}. Länken fungerar en gång och i {{validDays}} dagar.

Välkommen!`,
  },
  en: {
    subject: 'Welcome to Samverkan',
    html: `<p>Hello {{personName}},</p>
<p>An account in Samverkan has been created for you at {{organizationName}}. Samverkan is where the
collaboration meetings between the region and the municipalities are planned and followed up: invitations,
agendas, minutes and actions.</p>
<p><a href="{{setPasswordUrl}}" style="color:#0b5394;">Choose your password</a>, then sign in with your email
address <strong>{{loginEmail}}</strong>. The link works once and for {{validDays}} days.</p>
<p>Welcome!</p>`,
    text: `Hello {{personName}},

An account in Samverkan has been created for you at {{organizationName}}. Samverkan is where the
collaboration meetings between the region and the municipalities are planned and followed up: invitations,
agendas, minutes and actions.

Choose your password: {{setPasswordUrl}}
Then sign in with your email address {{loginEmail}}. The link works once and for {{validDays}} days.

Welcome!`,
  },
};
