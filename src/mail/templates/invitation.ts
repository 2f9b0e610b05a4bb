import type { LocalizedTemplates } from './template.js';

/**
 * What every meeting email shows. Times are already formatted in the business time zone and the
 * recipient's language; empty strings leave a line out.
 */
export interface MeetingMailData {
  personName: string;
  meetingTitle: string;
  /** For the subject, e.g. `tis 10 feb 2026 10:00`. */
  whenShort: string;
  /** For the body, e.g. `tisdag 10 februari 2026 kl. 10:00–11:30 (svensk tid)`. */
  when: string;
  organizationNames: string;
  location: string;
  videoUrl: string;
  description: string;
  agendaUrl: string;
}

export interface InvitationMailData extends MeetingMailData {
  rsvpUrl: string;
}

export interface InvitationCancelMailData extends MeetingMailData {
  /** True: only this person was taken off the meeting; false: the meeting itself is cancelled. */
  removed: boolean;
  reason: string;
}

export interface MeetingReminderMailData extends InvitationMailData {
  /** The recipient's answer in words, e.g. `Du har tackat ja.`; empty when they have not answered. */
  answer: string;
}

const DETAILS_HTML = {
  sv: `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:16px 0;">
<tr><td style="padding:2px 12px 2px 0;color:#6b7280;">Möte</td><td><strong>{{meetingTitle}}</strong></td></tr>
<tr><td style="padding:2px 12px 2px 0;color:#6b7280;">Tid</td><td>{{when}}</td></tr>
{{#if organizationNames}}<tr><td style="padding:2px 12px 2px 0;color:#6b7280;">Med</td><td>{{organizationNames}}</td></tr>{{/if}}
{{#if location}}<tr><td style="padding:2px 12px 2px 0;color:#6b7280;">Plats</td><td>{{location}}</td></tr>{{/if}}
{{#if videoUrl}}<tr><td style="padding:2px 12px 2px 0;color:#6b7280;">Video</td><td><a href="{{videoUrl}}" style="color:#0b5394;">{{videoUrl}}</a></td></tr>{{/if}}
</table>
{{#if description}}<p style="white-space:pre-line;">{{description}}</p>{{/if}}`,
  en: `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:16px 0;">
<tr><td style="padding:2px 12px 2px 0;color:#6b7280;">Meeting</td><td><strong>{{meetingTitle}}</strong></td></tr>
<tr><td style="padding:2px 12px 2px 0;color:#6b7280;">Time</td><td>{{when}}</td></tr>
{{#if organizationNames}}<tr><td style="padding:2px 12px 2px 0;color:#6b7280;">With</td><td>{{organizationNames}}</td></tr>{{/if}}
{{#if location}}<tr><td style="padding:2px 12px 2px 0;color:#6b7280;">Place</td><td>{{location}}</td></tr>{{/if}}
{{#if videoUrl}}<tr><td style="padding:2px 12px 2px 0;color:#6b7280;">Video</td><td><a href="{{videoUrl}}" style="color:#0b5394;">{{videoUrl}}</a></td></tr>{{/if}}
</table>
{{#if description}}<p style="white-space:pre-line;">{{description}}</p>{{/if}}`,
};

const DETAILS_TEXT = {
  sv: `Möte: {{meetingTitle}}
Tid: {{when}}
{{#if organizationNames}}Med: {{organizationNames}}
{{/if}}{{#if location}}Plats: {{location}}
{{/if}}{{#if videoUrl}}Video: {{videoUrl}}
{{/if}}{{#if description}}
{{description}}
{{/if}}`,
  en: `Meeting: {{meetingTitle}}
Time: {{when}}
{{#if organizationNames}}With: {{organizationNames}}
{{/if}}{{#if location}}Place: {{location}}
{{/if}}{{#if videoUrl}}Video: {{videoUrl}}
{{/if}}{{#if description}}
{{description}}
{{/if}}`,
};

const BUTTON =
  'display:inline-block;padding:10px 18px;background:#0b5394;color:#ffffff;text-decoration:none;border-radius:4px;';

/** The first REQUEST a person receives for a meeting. */
export const invitationTemplate: LocalizedTemplates = {
  sv: {
    subject: 'Kallelse: {{meetingTitle}} – {{whenShort}}',
    html: `<p>Hej {{personName}},</p>
<p>Du är kallad till ett samverkansmöte. Inbjudan finns i din kalender när du har öppnat det här meddelandet.</p>
${DETAILS_HTML.sv}
<p><a href="{{rsvpUrl}}" style="${BUTTON}">Svara på kallelsen</a></p>
<p>Dagordning: <a href="{{agendaUrl}}" style="color:#0b5394;">{{agendaUrl}}</a></p>
<p>Du kan också svara direkt i din kalender (Outlook, Google eller Apple).</p>`,
    text: `Hej {{personName}},

Du är kallad till ett samverkansmöte.

${DETAILS_TEXT.sv}
Svara på kallelsen: {{rsvpUrl}}
Dagordning: {{agendaUrl}}

Du kan också svara direkt i din kalender (Outlook, Google eller Apple).`,
  },
  en: {
    subject: 'Invitation: {{meetingTitle}} – {{whenShort}}',
    html: `<p>Hello {{personName}},</p>
<p>You are invited to a collaboration meeting. The invitation appears in your calendar once you have opened this message.</p>
${DETAILS_HTML.en}
<p><a href="{{rsvpUrl}}" style="${BUTTON}">Answer the invitation</a></p>
<p>Agenda: <a href="{{agendaUrl}}" style="color:#0b5394;">{{agendaUrl}}</a></p>
<p>You can also answer directly in your calendar (Outlook, Google or Apple).</p>`,
    text: `Hello {{personName}},

You are invited to a collaboration meeting.

${DETAILS_TEXT.en}
Answer the invitation: {{rsvpUrl}}
Agenda: {{agendaUrl}}

You can also answer directly in your calendar (Outlook, Google or Apple).`,
  },
};

/** A REQUEST with a higher SEQUENCE: the time, place or status changed. */
export const invitationUpdateTemplate: LocalizedTemplates = {
  sv: {
    subject: 'Ändrad kallelse: {{meetingTitle}} – {{whenShort}}',
    html: `<p>Hej {{personName}},</p>
<p>Samverkansmötet har ändrats. Så här ser det ut nu; kalenderinbjudan uppdateras när du öppnar meddelandet.</p>
${DETAILS_HTML.sv}
<p><a href="{{rsvpUrl}}" style="${BUTTON}">Svara på kallelsen</a></p>
<p>Dagordning: <a href="{{agendaUrl}}" style="color:#0b5394;">{{agendaUrl}}</a></p>`,
    text: `Hej {{personName}},

Samverkansmötet har ändrats. Så här ser det ut nu:

${DETAILS_TEXT.sv}
Svara på kallelsen: {{rsvpUrl}}
Dagordning: {{agendaUrl}}`,
  },
  en: {
    subject: 'Updated invitation: {{meetingTitle}} – {{whenShort}}',
    html: `<p>Hello {{personName}},</p>
<p>The collaboration meeting has changed. This is how it stands now; the calendar invitation is updated when you open this message.</p>
${DETAILS_HTML.en}
<p><a href="{{rsvpUrl}}" style="${BUTTON}">Answer the invitation</a></p>
<p>Agenda: <a href="{{agendaUrl}}" style="color:#0b5394;">{{agendaUrl}}</a></p>`,
    text: `Hello {{personName}},

The collaboration meeting has changed. This is how it stands now:

${DETAILS_TEXT.en}
Answer the invitation: {{rsvpUrl}}
Agenda: {{agendaUrl}}`,
  },
};

/** A CANCEL: the meeting is cancelled, or this person no longer takes part. */
export const invitationCancelTemplate: LocalizedTemplates = {
  sv: {
    subject: 'Inställt: {{meetingTitle}} – {{whenShort}}',
    html: `<p>Hej {{personName}},</p>
{{#if removed}}<p>Du är inte längre kallad till det här samverkansmötet. Det tas bort ur din kalender när du öppnar meddelandet.</p>
{{else}}<p>Samverkansmötet är inställt. Det tas bort ur din kalender när du öppnar meddelandet.</p>
{{/if}}{{#if reason}}<p>Anledning: {{reason}}</p>{{/if}}
${DETAILS_HTML.sv}`,
    text: `Hej {{personName}},

{{#if removed}}Du är inte längre kallad till det här samverkansmötet.{{else}}Samverkansmötet är inställt.{{/if}}
{{#if reason}}Anledning: {{reason}}
{{/if}}
${DETAILS_TEXT.sv}`,
  },
  en: {
    subject: 'Cancelled: {{meetingTitle}} – {{whenShort}}',
    html: `<p>Hello {{personName}},</p>
{{#if removed}}<p>You are no longer invited to this collaboration meeting. It is removed from your calendar when you open this message.</p>
{{else}}<p>The collaboration meeting is cancelled. It is removed from your calendar when you open this message.</p>
{{/if}}{{#if reason}}<p>Reason: {{reason}}</p>{{/if}}
${DETAILS_HTML.en}`,
    text: `Hello {{personName}},

{{#if removed}}You are no longer invited to this collaboration meeting.{{else}}The collaboration meeting is cancelled.{{/if}}
{{#if reason}}Reason: {{reason}}
{{/if}}
${DETAILS_TEXT.en}`,
  },
};

/** Sent at the configured offsets before the meeting to everyone still taking part. */
export const meetingReminderTemplate: LocalizedTemplates = {
  sv: {
    subject: 'Påminnelse: {{meetingTitle}} – {{whenShort}}',
    html: `<p>Hej {{personName}},</p>
<p>En påminnelse om samverkansmötet.{{#if answer}} {{answer}}{{/if}}</p>
${DETAILS_HTML.sv}
<p><a href="{{rsvpUrl}}" style="${BUTTON}">Svara eller ändra ditt svar</a></p>
<p>Dagordning: <a href="{{agendaUrl}}" style="color:#0b5394;">{{agendaUrl}}</a></p>`,
    text: `Hej {{personName}},

En påminnelse om samverkansmötet.{{#if answer}} {{answer}}{{/if}}

${DETAILS_TEXT.sv}
Svara eller ändra ditt svar: {{rsvpUrl}}
Dagordning: {{agendaUrl}}`,
  },
  en: {
    subject: 'Reminder: {{meetingTitle}} – {{whenShort}}',
    html: `<p>Hello {{personName}},</p>
<p>A reminder of the collaboration meeting.{{#if answer}} {{answer}}{{/if}}</p>
${DETAILS_HTML.en}
<p><a href="{{rsvpUrl}}" style="${BUTTON}">Answer or change your answer</a></p>
<p>Agenda: <a href="{{agendaUrl}}" style="color:#0b5394;">{{agendaUrl}}</a></p>`,
    text: `Hello {{personName}},

A reminder of the collaboration meeting.{{#if answer}} {{answer}}{{/if}}

${DETAILS_TEXT.en}
Answer or change your answer: {{rsvpUrl}}
Agenda: {{agendaUrl}}`,
  },
};

/** To a participant whose calendar sent someone in their place (DELEGATED) who could not be accepted. */
export interface DelegationRefusedMailData extends InvitationMailData {
  /** Why, in a sentence, e.g. `Adressen x@y.se hör inte till någon aktiv kollega i din organisation.` */
  reason: string;
}

export const delegationRefusedTemplate: LocalizedTemplates = {
  sv: {
    subject: 'Din ersättare kunde inte tas emot: {{meetingTitle}} – {{whenShort}}',
    html: `<p>Hej {{personName}},</p>
<p>Du svarade från din kalender att någon annan går i ditt ställe på samverkansmötet, men ersättaren kunde inte tas emot. {{reason}}</p>
<p>Ditt svar är registrerat som att du inte kommer, och ingen ersättare är inbjuden.</p>
${DETAILS_HTML.sv}
<p>Vill du skicka någon annan, välj en aktiv kollega i din egen organisation under ”Skicka ersättare” på svarssidan. Kan du komma själv, ändra ditt svar där.</p>
<p><a href="{{rsvpUrl}}" style="${BUTTON}">Välj ersättare eller ändra ditt svar</a></p>`,
    text: `Hej {{personName}},

Du svarade från din kalender att någon annan går i ditt ställe på samverkansmötet, men ersättaren kunde inte tas emot. {{reason}}

Ditt svar är registrerat som att du inte kommer, och ingen ersättare är inbjuden.

${DETAILS_TEXT.sv}
Vill du skicka någon annan, välj en aktiv kollega i din egen organisation under "Skicka ersättare" på svarssidan. Kan du komma själv, ändra ditt svar där: {{rsvpUrl}}`,
  },
  en: {
    subject: 'Your substitute could not be accepted: {{meetingTitle}} – {{whenShort}}',
    html: `<p>Hello {{personName}},</p>
<p>You answered from your calendar that someone else goes in your place to the collaboration meeting, but the substitute could not be accepted. {{reason}}</p>
<p>Your answer is recorded as not coming, and no substitute is invited.</p>
${DETAILS_HTML.en}
<p>To send someone else, choose an active colleague of your own organisation under “Send a substitute” on the answer page. If you can come yourself, change your answer there.</p>
<p><a href="{{rsvpUrl}}" style="${BUTTON}">Choose a substitute or change your answer</a></p>`,
    text: `Hello {{personName}},

You answered from your calendar that someone else goes in your place to the collaboration meeting, but the substitute could not be accepted. {{reason}}

Your answer is recorded as not coming, and no substitute is invited.

${DETAILS_TEXT.en}
To send someone else, choose an active colleague of your own organisation under "Send a substitute" on the answer page. If you can come yourself, change your answer there: {{rsvpUrl}}`,
  },
};

/** To whoever set the meeting up: a participant's calendar delegation could not be honoured. */
export interface DelegationRefusedOrganizerMailData extends MeetingMailData {
  delegatorName: string;
  reason: string;
  meetingUrl: string;
}

export const delegationRefusedOrganizerTemplate: LocalizedTemplates = {
  sv: {
    subject: 'Ersättare för {{delegatorName}} kunde inte tas emot: {{meetingTitle}} – {{whenShort}}',
    html: `<p>Hej {{personName}},</p>
<p>{{delegatorName}} svarade från sin kalender att någon annan går i hens ställe på samverkansmötet, men ersättaren kunde inte tas emot. {{reason}}</p>
<p>{{delegatorName}} är registrerad som att inte komma, och ingen ersättare är inbjuden. {{delegatorName}} har fått ett e-postmeddelande om det med en länk för att välja en kollega i stället.</p>
${DETAILS_HTML.sv}
<p>Behöver mötet någon annan från organisationen, lägg till deltagaren på mötessidan: <a href="{{meetingUrl}}" style="color:#0b5394;">{{meetingUrl}}</a></p>`,
    text: `Hej {{personName}},

{{delegatorName}} svarade från sin kalender att någon annan går i hens ställe på samverkansmötet, men ersättaren kunde inte tas emot. {{reason}}

{{delegatorName}} är registrerad som att inte komma, och ingen ersättare är inbjuden. {{delegatorName}} har fått ett e-postmeddelande om det med en länk för att välja en kollega i stället.

${DETAILS_TEXT.sv}
Behöver mötet någon annan från organisationen, lägg till deltagaren på mötessidan: {{meetingUrl}}`,
  },
  en: {
    subject: 'The substitute for {{delegatorName}} could not be accepted: {{meetingTitle}} – {{whenShort}}',
    html: `<p>Hello {{personName}},</p>
<p>{{delegatorName}} answered from their calendar that someone else goes in their place to the collaboration meeting, but the substitute could not be accepted. {{reason}}</p>
<p>{{delegatorName}} is recorded as not coming, and no substitute is invited. {{delegatorName}} has been emailed about it, with a link to choose a colleague instead.</p>
${DETAILS_HTML.en}
<p>If the meeting needs someone else from the organisation, add the participant on the meeting page: <a href="{{meetingUrl}}" style="color:#0b5394;">{{meetingUrl}}</a></p>`,
    text: `Hello {{personName}},

{{delegatorName}} answered from their calendar that someone else goes in their place to the collaboration meeting, but the substitute could not be accepted. {{reason}}

{{delegatorName}} is recorded as not coming, and no substitute is invited. {{delegatorName}} has been emailed about it, with a link to choose a colleague instead.

${DETAILS_TEXT.en}
If the meeting needs someone else from the organisation, add the participant on the meeting page: {{meetingUrl}}`,
  },
};
