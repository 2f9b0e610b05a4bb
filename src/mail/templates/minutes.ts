import type { LocalizedTemplates } from './template.js';

/** To an adjuster: the minutes to approve or return through their own link (`reminder`: the deadline nears). */
export interface MinutesApprovalMailData {
  personName: string;
  meetingTitle: string;
  when: string;
  submittedBy: string;
  deadline: string;
  approvalUrl: string;
  reminder: boolean;
}

/** To the secretary who submitted the minutes: an adjuster returned them. */
export interface MinutesReturnedMailData {
  personName: string;
  meetingTitle: string;
  when: string;
  adjusterName: string;
  comment: string;
  minutesUrl: string;
}

/** To the secretary: a meeting that took place has no submitted minutes N working days later. */
export interface MinutesOverdueMailData {
  personName: string;
  meetingTitle: string;
  when: string;
  workingDays: string;
  minutesUrl: string;
}

/** To the participants and the informed list: the approved minutes, PDF attached. */
export interface MinutesDistributionMailData {
  personName: string;
  meetingTitle: string;
  when: string;
  adjusters: string;
  /** True for recipients outside the two parties: restricted items are replaced by their secrecy marking. */
  partial: boolean;
  /** Diarienummer; empty when none. */
  caseNumber: string;
  /** For recipients outside the parties: "2. Sekretess enligt 31 kap. 16 § OSL" per restricted item. */
  markings: string[];
  /** The papers of the items this recipient's PDF shows, also listed in it with their SHA-256. */
  papers: Array<{ name: string; size: string }>;
  /** Where the parties open the papers (the agenda page); empty for recipients outside the parties. */
  agendaUrl: string;
}

const BUTTON =
  'display:inline-block;padding:10px 18px;background:#0b5394;color:#ffffff;text-decoration:none;border-radius:4px;';

export const minutesApprovalTemplate: LocalizedTemplates = {
  sv: {
    subject: '{{#if reminder}}Påminnelse: {{/if}}Protokoll att justera: {{meetingTitle}}',
    html: `<p>Hej {{personName}},</p>
<p>{{#if reminder}}Protokollet nedan väntar fortfarande på din justering.{{else}}{{submittedBy}} har skickat protokollet från mötet nedan till dig för justering.{{/if}}</p>
<p><strong>{{meetingTitle}}</strong><br>{{when}}</p>
<p>Läs protokollet och justera det eller skicka tillbaka det med en kommentar senast <strong>{{deadline}}</strong>.</p>
<p><a href="{{approvalUrl}}" style="${BUTTON}">Läs och justera protokollet</a></p>
<p style="font-size:13px;color:#6b7280;">Länken är personlig: {{approvalUrl}}</p>`,
    text: `Hej {{personName}},

{{#if reminder}}Protokollet nedan väntar fortfarande på din justering.{{else}}{{submittedBy}} har skickat protokollet från mötet nedan till dig för justering.{{/if}}

{{meetingTitle}}
{{when}}

Läs protokollet och justera det eller skicka tillbaka det med en kommentar senast {{deadline}}:
{{approvalUrl}}

Länken är personlig.`,
  },
  en: {
    subject: '{{#if reminder}}Reminder: {{/if}}Minutes to approve: {{meetingTitle}}',
    html: `<p>Hello {{personName}},</p>
<p>{{#if reminder}}The minutes below are still waiting for your approval.{{else}}{{submittedBy}} has sent you the minutes of the meeting below for approval.{{/if}}</p>
<p><strong>{{meetingTitle}}</strong><br>{{when}}</p>
<p>Read the minutes and approve them, or return them with a comment, by <strong>{{deadline}}</strong>.</p>
<p><a href="{{approvalUrl}}" style="${BUTTON}">Read and approve the minutes</a></p>
<p style="font-size:13px;color:#6b7280;">The link is personal: {{approvalUrl}}</p>`,
    text: `Hello {{personName}},

{{#if reminder}}The minutes below are still waiting for your approval.{{else}}{{submittedBy}} has sent you the minutes of the meeting below for approval.{{/if}}

{{meetingTitle}}
{{when}}

Read the minutes and approve them, or return them with a comment, by {{deadline}}:
{{approvalUrl}}

The link is personal.`,
  },
};

export const minutesReturnedTemplate: LocalizedTemplates = {
  sv: {
    subject: 'Protokollet har skickats tillbaka: {{meetingTitle}}',
    html: `<p>Hej {{personName}},</p>
<p>{{adjusterName}} har skickat tillbaka protokollet från mötet nedan med den här kommentaren:</p>
<blockquote style="margin:12px 0;padding:8px 12px;border-left:3px solid #0b5394;white-space:pre-line;">{{comment}}</blockquote>
<p><strong>{{meetingTitle}}</strong><br>{{when}}</p>
<p>Rätta protokollet och skicka det till justering igen: <a href="{{minutesUrl}}" style="color:#0b5394;">{{minutesUrl}}</a></p>`,
    text: `Hej {{personName}},

{{adjusterName}} har skickat tillbaka protokollet från mötet nedan med den här kommentaren:

{{comment}}

{{meetingTitle}}
{{when}}

Rätta protokollet och skicka det till justering igen: {{minutesUrl}}`,
  },
  en: {
    subject: 'The minutes were returned: {{meetingTitle}}',
    html: `<p>Hello {{personName}},</p>
<p>{{adjusterName}} returned the minutes of the meeting below with this comment:</p>
<blockquote style="margin:12px 0;padding:8px 12px;border-left:3px solid #0b5394;white-space:pre-line;">{{comment}}</blockquote>
<p><strong>{{meetingTitle}}</strong><br>{{when}}</p>
<p>Correct the minutes and submit them for approval again: <a href="{{minutesUrl}}" style="color:#0b5394;">{{minutesUrl}}</a></p>`,
    text: `Hello {{personName}},

{{adjusterName}} returned the minutes of the meeting below with this comment:

{{comment}}

{{meetingTitle}}
{{when}}

Correct the minutes and submit them for approval again: {{minutesUrl}}`,
  },
};

export const minutesOverdueTemplate: LocalizedTemplates = {
  sv: {
    subject: 'Påminnelse: protokollet är inte skickat till justering: {{meetingTitle}}',
    html: `<p>Hej {{personName}},</p>
<p>Mötet nedan hölls för {{workingDays}} arbetsdagar sedan, men protokollet har ännu inte skickats till justering.</p>
<p><strong>{{meetingTitle}}</strong><br>{{when}}</p>
<p><a href="{{minutesUrl}}" style="${BUTTON}">Skriv klart protokollet</a></p>
<p style="font-size:13px;color:#6b7280;">{{minutesUrl}}</p>`,
    text: `Hej {{personName}},

Mötet nedan hölls för {{workingDays}} arbetsdagar sedan, men protokollet har ännu inte skickats till justering.

{{meetingTitle}}
{{when}}

Skriv klart protokollet: {{minutesUrl}}`,
  },
  en: {
    subject: 'Reminder: the minutes have not been submitted: {{meetingTitle}}',
    html: `<p>Hello {{personName}},</p>
<p>The meeting below took place {{workingDays}} working days ago, but its minutes have not been submitted for approval yet.</p>
<p><strong>{{meetingTitle}}</strong><br>{{when}}</p>
<p><a href="{{minutesUrl}}" style="${BUTTON}">Finish the minutes</a></p>
<p style="font-size:13px;color:#6b7280;">{{minutesUrl}}</p>`,
    text: `Hello {{personName}},

The meeting below took place {{workingDays}} working days ago, but its minutes have not been submitted for approval yet.

{{meetingTitle}}
{{when}}

Finish the minutes: {{minutesUrl}}`,
  },
};

export const minutesDistributionTemplate: LocalizedTemplates = {
  sv: {
    subject: 'Justerat protokoll: {{meetingTitle}}',
    html: `<p>Hej {{personName}},</p>
<p>Protokollet från mötet nedan är justerat{{#if adjusters}} av {{adjusters}}{{/if}}. Det finns bifogat som PDF.</p>
<p><strong>{{meetingTitle}}</strong><br>{{when}}{{#if caseNumber}}<br>Diarienummer: {{caseNumber}}{{/if}}</p>
{{#if papers.length}}<p>Handlingar till mötet{{#if agendaUrl}} (finns på <a href="{{agendaUrl}}" style="color:#0b5394;">dagordningens sida</a>){{/if}}:</p><ul>{{#each papers}}<li>{{name}} ({{size}})</li>{{/each}}</ul>{{/if}}
{{#if partial}}{{#if markings.length}}<p>Punkter som omfattas av sekretess (innehållet är inte med i den här versionen):</p><ul>{{#each markings}}<li>{{this}}</li>{{/each}}</ul>{{/if}}<p style="font-size:13px;color:#6b7280;">Det här är den offentliga versionen: punkter som omfattas av sekretess är ersatta med sin sekretessmarkering.</p>{{/if}}`,
    text: `Hej {{personName}},

Protokollet från mötet nedan är justerat{{#if adjusters}} av {{adjusters}}{{/if}}. Det finns bifogat som PDF.

{{meetingTitle}}
{{when}}{{#if caseNumber}}
Diarienummer: {{caseNumber}}{{/if}}
{{#if papers.length}}
Handlingar till mötet{{#if agendaUrl}} (finns på {{agendaUrl}}){{/if}}:
{{#each papers}}- {{name}} ({{size}})
{{/each}}{{/if}}{{#if partial}}{{#if markings.length}}
Punkter som omfattas av sekretess (innehållet är inte med i den här versionen):
{{#each markings}}- {{this}}
{{/each}}{{/if}}
Det här är den offentliga versionen: punkter som omfattas av sekretess är ersatta med sin sekretessmarkering.
{{/if}}`,
  },
  en: {
    subject: 'Approved minutes: {{meetingTitle}}',
    html: `<p>Hello {{personName}},</p>
<p>The minutes of the meeting below have been approved{{#if adjusters}} by {{adjusters}}{{/if}}. They are attached as a PDF.</p>
<p><strong>{{meetingTitle}}</strong><br>{{when}}{{#if caseNumber}}<br>Case number: {{caseNumber}}{{/if}}</p>
{{#if papers.length}}<p>Papers of the meeting{{#if agendaUrl}} (on <a href="{{agendaUrl}}" style="color:#0b5394;">the agenda page</a>){{/if}}:</p><ul>{{#each papers}}<li>{{name}} ({{size}})</li>{{/each}}</ul>{{/if}}
{{#if partial}}{{#if markings.length}}<p>Items covered by secrecy (their content is not in this version):</p><ul>{{#each markings}}<li>{{this}}</li>{{/each}}</ul>{{/if}}<p style="font-size:13px;color:#6b7280;">This is the public version: items covered by secrecy are replaced by their secrecy marking.</p>{{/if}}`,
    text: `Hello {{personName}},

The minutes of the meeting below have been approved{{#if adjusters}} by {{adjusters}}{{/if}}. They are attached as a PDF.

{{meetingTitle}}
{{when}}{{#if caseNumber}}
Case number: {{caseNumber}}{{/if}}
{{#if papers.length}}
Papers of the meeting{{#if agendaUrl}} (on {{agendaUrl}}){{/if}}:
{{#each papers}}- {{name}} ({{size}})
{{/each}}{{/if}}{{#if partial}}{{#if markings.length}}
Items covered by secrecy (their content is not in this version):
{{#each markings}}- {{this}}
{{/each}}{{/if}}
This is the public version: items covered by secrecy are replaced by their secrecy marking.
{{/if}}`,
  },
};
