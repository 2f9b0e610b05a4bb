import type { LocalizedTemplates } from './template.js';

/** To each contact of a municipality when a round is sent as a proposal: the slot and the link to answer. */
export interface RoundProposalMailData {
  personName: string;
  organizationName: string;
  roundName: string;
  when: string;
  mode: string;
  answerBy: string;
  proposalUrl: string;
}

export const roundProposalTemplate: LocalizedTemplates = {
  sv: {
    subject: 'Förslag till samverkansmöte: {{when}}',
    html: `<p>Hej {{personName}},</p>
<p>Regionen föreslår följande tid för samverkansmötet med {{organizationName}} i omgången <strong>{{roundName}}</strong>:</p>
<p><strong>{{when}}</strong><br>{{mode}}</p>
<p>Passar tiden? Godta den, eller be om en annan tid (med upp till tre förslag eller ett skäl) på <a href="{{proposalUrl}}" style="color:#0b5394;">{{proposalUrl}}</a>.</p>
<p style="color:#6b7280;">Det här är ännu inte en kallelse. Har vi inte fått svar senast {{answerBy}} räknar vi med att tiden passar. Kallelsen kommer när tiderna är bekräftade.</p>`,
    text: `Hej {{personName}},

Regionen föreslår följande tid för samverkansmötet med {{organizationName}} i omgången "{{roundName}}":

{{when}}
{{mode}}

Passar tiden? Godta den, eller be om en annan tid (med upp till tre förslag eller ett skäl) på {{proposalUrl}}

Det här är ännu inte en kallelse. Har vi inte fått svar senast {{answerBy}} räknar vi med att tiden passar. Kallelsen kommer när tiderna är bekräftade.`,
  },
  en: {
    subject: 'Proposed collaboration meeting: {{when}}',
    html: `<p>Hello {{personName}},</p>
<p>The region proposes this time for the collaboration meeting with {{organizationName}} in the round <strong>{{roundName}}</strong>:</p>
<p><strong>{{when}}</strong><br>{{mode}}</p>
<p>Does it suit you? Accept it, or ask for another time (with up to three alternatives or a reason) at <a href="{{proposalUrl}}" style="color:#0b5394;">{{proposalUrl}}</a>.</p>
<p style="color:#6b7280;">This is not an invitation yet. Without an answer by {{answerBy}} we take it that the time suits you. The invitation follows when the times are confirmed.</p>`,
    text: `Hello {{personName}},

The region proposes this time for the collaboration meeting with {{organizationName}} in the round "{{roundName}}":

{{when}}
{{mode}}

Does it suit you? Accept it, or ask for another time (with up to three alternatives or a reason) at {{proposalUrl}}

This is not an invitation yet. Without an answer by {{answerBy}} we take it that the time suits you. The invitation follows when the times are confirmed.`,
  },
};

/** To the coordinator who sent a round as a proposal, when unanswered proposals came to count as accepted. */
export interface RoundConsultationExpiredMailData {
  personName: string;
  roundName: string;
  workingDays: string;
  acceptedByDefault: string[];
  askingForAnother: string[];
  roundUrl: string;
}

export const roundConsultationExpiredTemplate: LocalizedTemplates = {
  sv: {
    subject: 'Obesvarade förslag räknas som godtagna: {{roundName}}',
    html: `<p>Hej {{personName}},</p>
<p>Följande kommuner har inte svarat på förslaget i omgången <strong>{{roundName}}</strong> inom {{workingDays}} arbetsdagar. Deras tider räknas nu som godtagna:</p>
<ul>{{#each acceptedByDefault}}<li>{{this}}</li>{{/each}}</ul>
{{#if askingForAnother.length}}<p>Ber om en annan tid:</p><ul>{{#each askingForAnother}}<li>{{this}}</li>{{/each}}</ul>{{/if}}
<p>Flytta det som behöver flyttas och bekräfta omgången på <a href="{{roundUrl}}" style="color:#0b5394;">{{roundUrl}}</a>.</p>`,
    text: `Hej {{personName}},

Följande kommuner har inte svarat på förslaget i omgången "{{roundName}}" inom {{workingDays}} arbetsdagar. Deras tider räknas nu som godtagna:
{{#each acceptedByDefault}}- {{this}}
{{/each}}{{#if askingForAnother.length}}
Ber om en annan tid:
{{#each askingForAnother}}- {{this}}
{{/each}}{{/if}}
Flytta det som behöver flyttas och bekräfta omgången på {{roundUrl}}`,
  },
  en: {
    subject: 'Unanswered proposals count as accepted: {{roundName}}',
    html: `<p>Hello {{personName}},</p>
<p>These municipalities did not answer the proposal of the round <strong>{{roundName}}</strong> within {{workingDays}} working days. Their times now count as accepted:</p>
<ul>{{#each acceptedByDefault}}<li>{{this}}</li>{{/each}}</ul>
{{#if askingForAnother.length}}<p>Asking for another time:</p><ul>{{#each askingForAnother}}<li>{{this}}</li>{{/each}}</ul>{{/if}}
<p>Move what needs moving and confirm the round at <a href="{{roundUrl}}" style="color:#0b5394;">{{roundUrl}}</a>.</p>`,
    text: `Hello {{personName}},

These municipalities did not answer the proposal of the round "{{roundName}}" within {{workingDays}} working days. Their times now count as accepted:
{{#each acceptedByDefault}}- {{this}}
{{/each}}{{#if askingForAnother.length}}
Asking for another time:
{{#each askingForAnother}}- {{this}}
{{/each}}{{/if}}
Move what needs moving and confirm the round at {{roundUrl}}`,
  },
};
