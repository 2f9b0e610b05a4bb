import type { LocalizedTemplates } from './template.js';

/** One agenda item as an email shows it; empty strings leave a line out. */
export interface AgendaMailItem {
  number: string;
  title: string;
  typeLabel: string;
  duration: string;
  presenter: string;
  /** The parties' copy of a restricted item: "Sekretess enligt 31 kap. 16 § OSL" (the others see only that). */
  secrecy: string;
  description: string;
  /** Open actions carried over (follow-up item of the municipality's next meeting). */
  actions: Array<{ title: string; owner: string; due: string }>;
  questions: Array<{ title: string; owner: string }>;
  /** The item's papers: names and sizes, each linking to the agenda page (files are not attached). */
  papers: Array<{ name: string; size: string; url: string }>;
}

/** To every participant when the agenda is published (`updated` false) and after each burst of changes. */
export interface AgendaMailData {
  personName: string;
  meetingTitle: string;
  when: string;
  organizationNames: string;
  agendaUrl: string;
  updated: boolean;
  /** Diarienummer; empty when none. */
  caseNumber: string;
  totalMinutes: string;
  items: AgendaMailItem[];
}

/** To the person who proposed an item, when it is accepted or declined. */
export interface AgendaProposalDecisionMailData {
  personName: string;
  meetingTitle: string;
  when: string;
  itemTitle: string;
  accepted: boolean;
  reason: string;
  agendaUrl: string;
}

/** To the agenda's keepers, when a participant proposes an item. */
export interface AgendaProposalReceivedMailData {
  personName: string;
  proposerName: string;
  meetingTitle: string;
  when: string;
  itemTitle: string;
  description: string;
  duration: string;
  proposalDeadlineDate: string;
  agendaUrl: string;
}

const ITEMS_HTML = {
  sv: `<ol style="padding-left:20px;">
{{#each items}}<li style="margin-bottom:10px;"><strong>{{title}}</strong> <span style="color:#6b7280;">({{typeLabel}}, {{duration}} min{{#if presenter}}, {{presenter}}{{/if}})</span>
{{#if secrecy}}<div style="color:#92400e;font-style:italic;">{{secrecy}}</div>{{/if}}
{{#if description}}<div style="white-space:pre-line;">{{description}}</div>{{/if}}
{{#if actions.length}}<div style="margin-top:4px;">Öppna åtgärder:</div><ul>{{#each actions}}<li>{{title}} – {{owner}}{{#if due}}, klar senast {{due}}{{/if}}</li>{{/each}}</ul>{{/if}}
{{#if questions.length}}<div style="margin-top:4px;">Öppna frågor:</div><ul>{{#each questions}}<li>{{title}} – {{owner}}</li>{{/each}}</ul>{{/if}}
{{#if papers.length}}<div style="margin-top:4px;">Handlingar:</div><ul>{{#each papers}}<li><a href="{{url}}" style="color:#0b5394;">{{name}}</a> ({{size}})</li>{{/each}}</ul>{{/if}}
</li>
{{/each}}</ol>`,
  en: `<ol style="padding-left:20px;">
{{#each items}}<li style="margin-bottom:10px;"><strong>{{title}}</strong> <span style="color:#6b7280;">({{typeLabel}}, {{duration}} min{{#if presenter}}, {{presenter}}{{/if}})</span>
{{#if secrecy}}<div style="color:#92400e;font-style:italic;">{{secrecy}}</div>{{/if}}
{{#if description}}<div style="white-space:pre-line;">{{description}}</div>{{/if}}
{{#if actions.length}}<div style="margin-top:4px;">Open actions:</div><ul>{{#each actions}}<li>{{title}} – {{owner}}{{#if due}}, due {{due}}{{/if}}</li>{{/each}}</ul>{{/if}}
{{#if questions.length}}<div style="margin-top:4px;">Open questions:</div><ul>{{#each questions}}<li>{{title}} – {{owner}}</li>{{/each}}</ul>{{/if}}
{{#if papers.length}}<div style="margin-top:4px;">Papers:</div><ul>{{#each papers}}<li><a href="{{url}}" style="color:#0b5394;">{{name}}</a> ({{size}})</li>{{/each}}</ul>{{/if}}
</li>
{{/each}}</ol>`,
};

const ITEMS_TEXT = {
  sv: `{{#each items}}{{number}}. {{title}} ({{typeLabel}}, {{duration}} min{{#if presenter}}, {{presenter}}{{/if}})
{{#if secrecy}}   {{secrecy}}
{{/if}}{{#if description}}   {{description}}
{{/if}}{{#if actions.length}}   Öppna åtgärder:
{{#each actions}}   - {{title}} – {{owner}}{{#if due}}, klar senast {{due}}{{/if}}
{{/each}}{{/if}}{{#if questions.length}}   Öppna frågor:
{{#each questions}}   - {{title}} – {{owner}}
{{/each}}{{/if}}{{#if papers.length}}   Handlingar (på dagordningens sida):
{{#each papers}}   - {{name}} ({{size}}) {{url}}
{{/each}}{{/if}}
{{/each}}`,
  en: `{{#each items}}{{number}}. {{title}} ({{typeLabel}}, {{duration}} min{{#if presenter}}, {{presenter}}{{/if}})
{{#if secrecy}}   {{secrecy}}
{{/if}}{{#if description}}   {{description}}
{{/if}}{{#if actions.length}}   Open actions:
{{#each actions}}   - {{title}} – {{owner}}{{#if due}}, due {{due}}{{/if}}
{{/each}}{{/if}}{{#if questions.length}}   Open questions:
{{#each questions}}   - {{title}} – {{owner}}
{{/each}}{{/if}}{{#if papers.length}}   Papers (on the agenda page):
{{#each papers}}   - {{name}} ({{size}}) {{url}}
{{/each}}{{/if}}
{{/each}}`,
};

export const agendaTemplate: LocalizedTemplates = {
  sv: {
    subject: '{{#if updated}}Uppdaterad dagordning{{else}}Dagordning{{/if}}: {{meetingTitle}}',
    html: `<p>Hej {{personName}},</p>
<p>{{#if updated}}Dagordningen till mötet nedan har ändrats. Här är den aktuella versionen.{{else}}Här är dagordningen till mötet nedan.{{/if}}</p>
<p><strong>{{meetingTitle}}</strong><br>{{when}}{{#if organizationNames}}<br>Med {{organizationNames}}{{/if}}{{#if caseNumber}}<br>Diarienummer: {{caseNumber}}{{/if}}</p>
${ITEMS_HTML.sv}
<p style="color:#6b7280;">Sammanlagt {{totalMinutes}} minuter.</p>
<p>Dagordningen finns också på <a href="{{agendaUrl}}" style="color:#0b5394;">{{agendaUrl}}</a>.</p>`,
    text: `Hej {{personName}},

{{#if updated}}Dagordningen till mötet nedan har ändrats. Här är den aktuella versionen.{{else}}Här är dagordningen till mötet nedan.{{/if}}

{{meetingTitle}}
{{when}}
{{#if organizationNames}}Med {{organizationNames}}
{{/if}}{{#if caseNumber}}Diarienummer: {{caseNumber}}
{{/if}}
${ITEMS_TEXT.sv}Sammanlagt {{totalMinutes}} minuter.

Dagordningen finns också på {{agendaUrl}}`,
  },
  en: {
    subject: '{{#if updated}}Updated agenda{{else}}Agenda{{/if}}: {{meetingTitle}}',
    html: `<p>Hello {{personName}},</p>
<p>{{#if updated}}The agenda of the meeting below has changed. This is the current version.{{else}}This is the agenda of the meeting below.{{/if}}</p>
<p><strong>{{meetingTitle}}</strong><br>{{when}}{{#if organizationNames}}<br>With {{organizationNames}}{{/if}}{{#if caseNumber}}<br>Case number: {{caseNumber}}{{/if}}</p>
${ITEMS_HTML.en}
<p style="color:#6b7280;">{{totalMinutes}} minutes in all.</p>
<p>The agenda is also at <a href="{{agendaUrl}}" style="color:#0b5394;">{{agendaUrl}}</a>.</p>`,
    text: `Hello {{personName}},

{{#if updated}}The agenda of the meeting below has changed. This is the current version.{{else}}This is the agenda of the meeting below.{{/if}}

{{meetingTitle}}
{{when}}
{{#if organizationNames}}With {{organizationNames}}
{{/if}}{{#if caseNumber}}Case number: {{caseNumber}}
{{/if}}
${ITEMS_TEXT.en}{{totalMinutes}} minutes in all.

The agenda is also at {{agendaUrl}}`,
  },
};

export const agendaProposalDecisionTemplate: LocalizedTemplates = {
  sv: {
    subject:
      '{{#if accepted}}Din punkt är med på dagordningen{{else}}Din punkt kom inte med på dagordningen{{/if}}: {{itemTitle}}',
    html: `<p>Hej {{personName}},</p>
<p>{{#if accepted}}Din föreslagna punkt <strong>{{itemTitle}}</strong> har godtagits och finns med på dagordningen.{{else}}Din föreslagna punkt <strong>{{itemTitle}}</strong> har inte tagits med på dagordningen.{{/if}}</p>
{{#if reason}}<p>Motivering: <span style="white-space:pre-line;">{{reason}}</span></p>{{/if}}
<p><strong>{{meetingTitle}}</strong><br>{{when}}</p>
<p>Dagordningen: <a href="{{agendaUrl}}" style="color:#0b5394;">{{agendaUrl}}</a></p>`,
    text: `Hej {{personName}},

{{#if accepted}}Din föreslagna punkt "{{itemTitle}}" har godtagits och finns med på dagordningen.{{else}}Din föreslagna punkt "{{itemTitle}}" har inte tagits med på dagordningen.{{/if}}
{{#if reason}}
Motivering: {{reason}}
{{/if}}
{{meetingTitle}}
{{when}}

Dagordningen: {{agendaUrl}}`,
  },
  en: {
    subject:
      '{{#if accepted}}Your item is on the agenda{{else}}Your item is not on the agenda{{/if}}: {{itemTitle}}',
    html: `<p>Hello {{personName}},</p>
<p>{{#if accepted}}The item you proposed, <strong>{{itemTitle}}</strong>, has been accepted and is on the agenda.{{else}}The item you proposed, <strong>{{itemTitle}}</strong>, has not been put on the agenda.{{/if}}</p>
{{#if reason}}<p>Reason: <span style="white-space:pre-line;">{{reason}}</span></p>{{/if}}
<p><strong>{{meetingTitle}}</strong><br>{{when}}</p>
<p>The agenda: <a href="{{agendaUrl}}" style="color:#0b5394;">{{agendaUrl}}</a></p>`,
    text: `Hello {{personName}},

{{#if accepted}}The item you proposed, "{{itemTitle}}", has been accepted and is on the agenda.{{else}}The item you proposed, "{{itemTitle}}", has not been put on the agenda.{{/if}}
{{#if reason}}
Reason: {{reason}}
{{/if}}
{{meetingTitle}}
{{when}}

The agenda: {{agendaUrl}}`,
  },
};

export const agendaProposalReceivedTemplate: LocalizedTemplates = {
  sv: {
    subject: 'Nytt förslag till dagordningen: {{itemTitle}}',
    html: `<p>Hej {{personName}},</p>
<p>{{proposerName}} föreslår punkten <strong>{{itemTitle}}</strong> ({{duration}} min) till mötet nedan.</p>
{{#if description}}<p style="white-space:pre-line;">{{description}}</p>{{/if}}
<p><strong>{{meetingTitle}}</strong><br>{{when}}</p>
<p>Godta eller avböj förslaget på <a href="{{agendaUrl}}" style="color:#0b5394;">{{agendaUrl}}</a>. Förslag tas emot till och med {{proposalDeadlineDate}}.</p>`,
    text: `Hej {{personName}},

{{proposerName}} föreslår punkten "{{itemTitle}}" ({{duration}} min) till mötet nedan.
{{#if description}}
{{description}}
{{/if}}
{{meetingTitle}}
{{when}}

Godta eller avböj förslaget på {{agendaUrl}}
Förslag tas emot till och med {{proposalDeadlineDate}}.`,
  },
  en: {
    subject: 'New proposal for the agenda: {{itemTitle}}',
    html: `<p>Hello {{personName}},</p>
<p>{{proposerName}} proposes the item <strong>{{itemTitle}}</strong> ({{duration}} min) for the meeting below.</p>
{{#if description}}<p style="white-space:pre-line;">{{description}}</p>{{/if}}
<p><strong>{{meetingTitle}}</strong><br>{{when}}</p>
<p>Accept or decline the proposal at <a href="{{agendaUrl}}" style="color:#0b5394;">{{agendaUrl}}</a>. Proposals are taken until {{proposalDeadlineDate}}.</p>`,
    text: `Hello {{personName}},

{{proposerName}} proposes the item "{{itemTitle}}" ({{duration}} min) for the meeting below.
{{#if description}}
{{description}}
{{/if}}
{{meetingTitle}}
{{when}}

Accept or decline the proposal at {{agendaUrl}}
Proposals are taken until {{proposalDeadlineDate}}.`,
  },
};

/** To each municipality's contacts, the configured working days before proposals close. */
export interface AgendaCallForItemsMailData {
  personName: string;
  organizationName: string;
  meetingTitle: string;
  when: string;
  proposalDeadlineDate: string;
  agendaUrl: string;
}

export const agendaCallForItemsTemplate: LocalizedTemplates = {
  sv: {
    subject: 'Har ni punkter till dagordningen? {{meetingTitle}}',
    html: `<p>Hej {{personName}},</p>
<p>Dagordningen till mötet nedan tar emot förslag på punkter från {{organizationName}} till och med <strong>{{proposalDeadlineDate}}</strong>.</p>
<p><strong>{{meetingTitle}}</strong><br>{{when}}</p>
<p>Föreslå en punkt på <a href="{{agendaUrl}}" style="color:#0b5394;">{{agendaUrl}}</a>.</p>`,
    text: `Hej {{personName}},

Dagordningen till mötet nedan tar emot förslag på punkter från {{organizationName}} till och med {{proposalDeadlineDate}}.

{{meetingTitle}}
{{when}}

Föreslå en punkt på {{agendaUrl}}`,
  },
  en: {
    subject: 'Any items for the agenda? {{meetingTitle}}',
    html: `<p>Hello {{personName}},</p>
<p>The agenda of the meeting below takes proposals for items from {{organizationName}} until <strong>{{proposalDeadlineDate}}</strong>.</p>
<p><strong>{{meetingTitle}}</strong><br>{{when}}</p>
<p>Propose an item at <a href="{{agendaUrl}}" style="color:#0b5394;">{{agendaUrl}}</a>.</p>`,
    text: `Hello {{personName}},

The agenda of the meeting below takes proposals for items from {{organizationName}} until {{proposalDeadlineDate}}.

{{meetingTitle}}
{{when}}

Propose an item at {{agendaUrl}}`,
  },
};

/** To who proposed an item, when the accepted item is moved on to a later meeting. */
export interface AgendaProposalMovedMailData {
  personName: string;
  itemTitle: string;
  meetingTitle: string;
  when: string;
  newMeetingTitle: string;
  newWhen: string;
  reason: string;
  agendaUrl: string;
}

export const agendaProposalMovedTemplate: LocalizedTemplates = {
  sv: {
    subject: 'Din punkt är flyttad till ett senare möte: {{itemTitle}}',
    html: `<p>Hej {{personName}},</p>
<p>Punkten du föreslog, <strong>{{itemTitle}}</strong>, tas inte upp på mötet {{meetingTitle}} ({{when}}) utan är flyttad till:</p>
<p><strong>{{newMeetingTitle}}</strong><br>{{newWhen}}</p>
{{#if reason}}<p>Meddelande: <span style="white-space:pre-line;">{{reason}}</span></p>{{/if}}
<p>Dagordningen: <a href="{{agendaUrl}}" style="color:#0b5394;">{{agendaUrl}}</a></p>`,
    text: `Hej {{personName}},

Punkten du föreslog, "{{itemTitle}}", tas inte upp på mötet {{meetingTitle}} ({{when}}) utan är flyttad till:

{{newMeetingTitle}}
{{newWhen}}
{{#if reason}}
Meddelande: {{reason}}
{{/if}}
Dagordningen: {{agendaUrl}}`,
  },
  en: {
    subject: 'Your item has moved to a later meeting: {{itemTitle}}',
    html: `<p>Hello {{personName}},</p>
<p>The item you proposed, <strong>{{itemTitle}}</strong>, will not be taken up at {{meetingTitle}} ({{when}}); it has moved to:</p>
<p><strong>{{newMeetingTitle}}</strong><br>{{newWhen}}</p>
{{#if reason}}<p>Message: <span style="white-space:pre-line;">{{reason}}</span></p>{{/if}}
<p>The agenda: <a href="{{agendaUrl}}" style="color:#0b5394;">{{agendaUrl}}</a></p>`,
    text: `Hello {{personName}},

The item you proposed, "{{itemTitle}}", will not be taken up at {{meetingTitle}} ({{when}}); it has moved to:

{{newMeetingTitle}}
{{newWhen}}
{{#if reason}}
Message: {{reason}}
{{/if}}
The agenda: {{agendaUrl}}`,
  },
};
