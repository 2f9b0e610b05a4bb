import type { LocalizedTemplates } from './template.js';

/** To an action's owner, some days before its due date or on the day. Dates are local (YYYY-MM-DD). */
export interface ActionReminderMailData {
  personName: string;
  actionTitle: string;
  /** Empty: no description line. */
  actionDescription: string;
  organizationName: string;
  dueDate: string;
  /** Whole days left, as digits. */
  daysLeft: string;
  /** True on the due date itself. */
  dueToday: boolean;
  appUrl: string;
}

export interface OverdueActionLine {
  title: string;
  ownerName: string;
  dueDate: string;
  /** Whole days past the due date, as digits. */
  daysOverdue: string;
}

export interface OverdueActionGroup {
  organizationName: string;
  count: string;
  actions: OverdueActionLine[];
}

/** The weekly digest of overdue actions: to an owner (one group) or a coordinator (one group per municipality). */
export interface ActionDigestMailData {
  personName: string;
  /** ISO week, e.g. 2026-W05. */
  week: string;
  total: string;
  /** True for a coordinator's digest (others' actions, grouped by municipality). */
  coordinator: boolean;
  groups: OverdueActionGroup[];
  appUrl: string;
}

export const actionReminderTemplate: LocalizedTemplates = {
  sv: {
    subject:
      '{{#if dueToday}}Åtgärd förfaller i dag{{else}}Påminnelse: åtgärd förfaller om {{daysLeft}} dagar{{/if}}: {{actionTitle}}',
    html: `<p>Hej {{personName}},</p>
<p>{{#if dueToday}}I dag, <strong>{{dueDate}}</strong>, är sista dag för en åtgärd du äger.{{else}}Om {{daysLeft}} dagar,
<strong>{{dueDate}}</strong>, är sista dag för en åtgärd du äger.{{/if}}</p>
<p><strong>{{actionTitle}}</strong> ({{organizationName}})</p>
{{#if actionDescription}}<p style="color:#4b5563;">{{actionDescription}}</p>{{/if}}
<p>Uppdatera status eller lämna en kommentar i Samverkan: <a href="{{appUrl}}" style="color:#0b5394;">{{appUrl}}</a>.</p>`,
    text: `Hej {{personName}},

{{#if dueToday}}I dag, {{dueDate}}, är sista dag för en åtgärd du äger.{{else}}Om {{daysLeft}} dagar, {{dueDate}}, är sista dag för en åtgärd du äger.{{/if}}

{{actionTitle}} ({{organizationName}})
{{#if actionDescription}}
{{actionDescription}}
{{/if}}

Uppdatera status eller lämna en kommentar i Samverkan: {{appUrl}}`,
  },
  en: {
    subject:
      '{{#if dueToday}}Action due today{{else}}Reminder: action due in {{daysLeft}} days{{/if}}: {{actionTitle}}',
    html: `<p>Hello {{personName}},</p>
<p>{{#if dueToday}}Today, <strong>{{dueDate}}</strong>, is the due date of an action you own.{{else}}In {{daysLeft}} days,
<strong>{{dueDate}}</strong>, an action you own is due.{{/if}}</p>
<p><strong>{{actionTitle}}</strong> ({{organizationName}})</p>
{{#if actionDescription}}<p style="color:#4b5563;">{{actionDescription}}</p>{{/if}}
<p>Update its status or leave a comment in Samverkan: <a href="{{appUrl}}" style="color:#0b5394;">{{appUrl}}</a>.</p>`,
    text: `Hello {{personName}},

{{#if dueToday}}Today, {{dueDate}}, is the due date of an action you own.{{else}}In {{daysLeft}} days, {{dueDate}}, an action you own is due.{{/if}}

{{actionTitle}} ({{organizationName}})
{{#if actionDescription}}
{{actionDescription}}
{{/if}}

Update its status or leave a comment in Samverkan: {{appUrl}}`,
  },
};

export const actionDigestTemplate: LocalizedTemplates = {
  sv: {
    subject:
      '{{#if coordinator}}Försenade åtgärder i länet{{else}}Dina försenade åtgärder{{/if}} vecka {{week}}: {{total}} st',
    html: `<p>Hej {{personName}},</p>
<p>{{#if coordinator}}Dessa åtgärder har passerat sitt slutdatum utan att vara klara.{{else}}Dessa åtgärder som du äger har passerat sitt slutdatum utan att vara klara.{{/if}}</p>
{{#each groups}}<h3 style="margin:16px 0 4px;font-size:16px;">{{organizationName}} ({{count}})</h3>
<ul style="margin:0;padding-left:20px;">
{{#each actions}}<li><strong>{{title}}</strong> – {{ownerName}}, skulle vara klar {{dueDate}} ({{daysOverdue}} dagar sedan)</li>
{{/each}}</ul>
{{/each}}
<p>Uppdatera status eller nytt slutdatum i Samverkan: <a href="{{appUrl}}" style="color:#0b5394;">{{appUrl}}</a>.</p>`,
    text: `Hej {{personName}},

{{#if coordinator}}Dessa åtgärder har passerat sitt slutdatum utan att vara klara.{{else}}Dessa åtgärder som du äger har passerat sitt slutdatum utan att vara klara.{{/if}}
{{#each groups}}

{{organizationName}} ({{count}})
{{#each actions}}
- {{title}} – {{ownerName}}, skulle vara klar {{dueDate}} ({{daysOverdue}} dagar sedan)
{{/each}}
{{/each}}

Uppdatera status eller nytt slutdatum i Samverkan: {{appUrl}}`,
  },
  en: {
    subject:
      '{{#if coordinator}}Overdue actions in the county{{else}}Your overdue actions{{/if}}, week {{week}}: {{total}}',
    html: `<p>Hello {{personName}},</p>
<p>{{#if coordinator}}These actions are past their due date and not done.{{else}}These actions you own are past their due date and not done.{{/if}}</p>
{{#each groups}}<h3 style="margin:16px 0 4px;font-size:16px;">{{organizationName}} ({{count}})</h3>
<ul style="margin:0;padding-left:20px;">
{{#each actions}}<li><strong>{{title}}</strong> – {{ownerName}}, due {{dueDate}} ({{daysOverdue}} days ago)</li>
{{/each}}</ul>
{{/each}}
<p>Update the status or set a new due date in Samverkan: <a href="{{appUrl}}" style="color:#0b5394;">{{appUrl}}</a>.</p>`,
    text: `Hello {{personName}},

{{#if coordinator}}These actions are past their due date and not done.{{else}}These actions you own are past their due date and not done.{{/if}}
{{#each groups}}

{{organizationName}} ({{count}})
{{#each actions}}
- {{title}} – {{ownerName}}, due {{dueDate}} ({{daysOverdue}} days ago)
{{/each}}
{{/each}}

Update the status or set a new due date in Samverkan: {{appUrl}}`,
  },
};
