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
