import type { LocalizedTemplates } from './template.js';

/** To a person whose account was just created: where to log in and with which address. */
export const welcomeTemplate: LocalizedTemplates = {
  sv: {
    subject: 'Välkommen till Samverkan',
    html: `<p>Hej {{personName}},</p>
<p>Ett konto i Samverkan har skapats åt dig hos {{organizationName}}. I Samverkan planeras och följs
samverkansmötena mellan regionen och kommunerna upp: kallelser, dagordningar, protokoll och åtgärder.</p>
<p>Logga in på <a href="{{loginUrl}}" style="color:#0b5394;">{{loginUrl}}</a> med din e-postadress
<strong>{{loginEmail}}</strong>.</p>
<p>Välkommen!</p>`,
    text: `Hej {{personName}},

Ett konto i Samverkan har skapats åt dig hos {{organizationName}}. I Samverkan planeras och följs
samverkansmötena mellan regionen och kommunerna upp: kallelser, dagordningar, protokoll och åtgärder.

Logga in på {{loginUrl}} med din e-postadress {{loginEmail}}.

Välkommen!`,
  },
  en: {
    subject: 'Welcome to Samverkan',
    html: `<p>Hello {{personName}},</p>
<p>An account in Samverkan has been created for you at {{organizationName}}. Samverkan is where the
collaboration meetings between the region and the municipalities are planned and followed up: invitations,
agendas, minutes and actions.</p>
<p>Log in at <a href="{{loginUrl}}" style="color:#0b5394;">{{loginUrl}}</a> with your email address
<strong>{{loginEmail}}</strong>.</p>
<p>Welcome!</p>`,
    text: `Hello {{personName}},

An account in Samverkan has been created for you at {{organizationName}}. Samverkan is where the
collaboration meetings between the region and the municipalities are planned and followed up: invitations,
agendas, minutes and actions.

Log in at {{loginUrl}} with your email address {{loginEmail}}.

Welcome!`,
  },
};
