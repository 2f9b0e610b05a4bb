import type { Content } from 'pdfmake/interfaces.js';
import { DateTime } from 'luxon';
import { printable, renderArchivalPdf } from '../common/pdf/archival-pdf.js';
import type { Locale } from '../person/person.entity.js';
import type { GuestPersonalDataView, PersonalDataView } from './personal-data.dto.js';

const LABELS = {
  sv: {
    title: 'Personuppgifter i Samverkan',
    intro:
      'Allt Samverkan har sparat om dig: uppgifter, roller, möten och svar, åtgärder, frågor, e-post som skickats till dig (utan innehåll) och loggposter. Samma uppgifter finns maskinläsbart som JSON.',
    generated: 'Sammanställt',
    profile: 'Uppgifter',
    name: 'Namn',
    email: 'E-post',
    titleField: 'Titel',
    phone: 'Telefon',
    organization: 'Organisation',
    roles: 'Roller',
    language: 'Språk',
    login: 'Inloggning',
    loginOn: 'tillåten',
    loginOff: 'avstängd',
    created: 'Skapad',
    deleted: 'Borttagen',
    none: 'Inga.',
    sections: {
      meetings: 'Möten',
      agreements: 'Överenskommelser',
      rounds: 'Mötesomgångar',
      actions: 'Åtgärder',
      questions: 'Frågor',
      events: 'Ändringar och kommentarer du skrivit',
      agendaItems: 'Dagordningspunkter',
      agendas: 'Dagordningar du publicerat',
      agendaTemplates: 'Dagordningsmallar du skapat',
      papers: 'Handlingar du laddat upp',
      minutes: 'Protokoll',
      adjusterDecisions: 'Justeringar',
      emails: 'E-post till dig',
      actionDigests: 'Åtgärdssammanställningar',
      sessions: 'Inloggningar i webbläsaren',
      identities: 'Kopplade konton för inloggning',
      passwordLinks: 'Länkar för lösenord',
      calendarFeeds: 'Kalenderprenumerationer',
      auditEntries: 'Loggposter',
    },
    guestIntro:
      'Allt Samverkan har sparat om en gäst som bjudits in med e-postadressen nedan: ett avsnitt per möte gästen bjöds in till, med svar, protokoll, e-post som skickats (utan innehåll) och loggposter. Samma uppgifter finns maskinläsbart som JSON.',
    guestRecord: 'Gäst på mötet',
  },
  en: {
    title: 'Personal data in Samverkan',
    intro:
      'Everything Samverkan holds about you: details, roles, meetings and answers, actions, questions, emails sent to you (without their text) and log entries. The same data is available machine-readable as JSON.',
    generated: 'Compiled',
    profile: 'Details',
    name: 'Name',
    email: 'Email',
    titleField: 'Title',
    phone: 'Phone',
    organization: 'Organization',
    roles: 'Roles',
    language: 'Language',
    login: 'Sign-in',
    loginOn: 'allowed',
    loginOff: 'disabled',
    created: 'Created',
    deleted: 'Deleted',
    none: 'None.',
    sections: {
      meetings: 'Meetings',
      agreements: 'Agreements',
      rounds: 'Meeting rounds',
      actions: 'Actions',
      questions: 'Questions',
      events: 'Changes and comments you wrote',
      agendaItems: 'Agenda items',
      agendas: 'Agendas you published',
      agendaTemplates: 'Agenda templates you created',
      papers: 'Meeting papers you uploaded',
      minutes: 'Minutes',
      adjusterDecisions: 'Approvals of minutes',
      emails: 'Emails to you',
      actionDigests: 'Action digests',
      sessions: 'Browser sign-ins',
      identities: 'Linked sign-in accounts',
      passwordLinks: 'Password links',
      calendarFeeds: 'Calendar subscriptions',
      auditEntries: 'Log entries',
    },
    guestIntro:
      'Everything Samverkan holds about a guest invited with the email address below: one part per meeting they were invited to, with their answer, minutes, emails sent (without their text) and log entries. The same data is available machine-readable as JSON.',
    guestRecord: 'Guest of the meeting',
  },
} as const;

type Section = keyof (typeof LABELS)['sv']['sections'];
type Labels = (typeof LABELS)[Locale];
/** One person's data, or one of a guest's records (one per meeting). */
type ExportRecord = Omit<PersonalDataView, 'generatedAt'>;

function formatTime(value: string | null, zone: string, locale: Locale): string {
  if (!value) return '–';
  return DateTime.fromISO(value, { zone })
    .setLocale(locale === 'sv' ? 'sv-SE' : 'en-GB')
    .toFormat('yyyy-MM-dd HH:mm');
}

/** One row per record, a few columns each: what a person reads to know what is held about them. */
function sectionRows(
  data: ExportRecord,
  section: Section,
  time: (value: string | null) => string,
): string[][] {
  const as = (values: readonly string[]) => values.join(', ');
  switch (section) {
    case 'meetings':
      return data.meetings.map((m) => [m.title, time(m.startAt), m.answer ?? '–', m.role ?? '–']);
    case 'agreements':
      return data.agreements.map((a) => [`${a.organization} v${a.version}`, as(a.as)]);
    case 'rounds':
      return data.rounds.map((r) => [r.name, as(r.as)]);
    case 'actions':
      return data.actions.map((a) => [a.title, a.status, a.dueDate, as(a.as)]);
    case 'questions':
      return data.questions.map((q) => [q.title, q.status, as(q.as)]);
    case 'events':
      return data.events.map((e) => [time(e.occurredAt), `${e.kind}: ${e.event}`, e.comment ?? '']);
    case 'agendaItems':
      return data.agendaItems.map((i) => [i.title, i.status, as(i.as)]);
    case 'agendas':
      return data.agendas.map((a) => [a.meetingId, time(a.publishedAt)]);
    case 'agendaTemplates':
      return data.agendaTemplates.map((t) => [t.name]);
    case 'papers':
      return data.papers.map((p) => [p.name, time(p.uploadedAt)]);
    case 'minutes':
      return data.minutes.map((m) => [m.title, m.status, as(m.as)]);
    case 'adjusterDecisions':
      return data.adjusterDecisions.map((d) => [
        d.meetingId,
        d.decision ?? '–',
        time(d.decidedAt),
        d.comment ?? '',
      ]);
    case 'emails':
      return data.emails.map((e) => [time(e.sentAt ?? e.createdAt), e.subject, e.toAddress, e.status]);
    case 'actionDigests':
      return data.actionDigests.map((d) => [d.isoWeek, d.kind, String(d.actionCount)]);
    case 'sessions':
      return data.sessions.map((s) => [time(s.createdAt), time(s.lastSeenAt), time(s.expiresAt)]);
    case 'identities':
      return data.identities.map((i) => [i.provider, i.subject, time(i.linkedAt), time(i.lastSignInAt)]);
    case 'passwordLinks':
      return data.passwordLinks.map((l) => [l.purpose, time(l.createdAt), time(l.usedAt)]);
    case 'calendarFeeds':
      return data.calendarFeeds.map((f) => [f.kind, time(f.createdAt), time(f.revokedAt), as(f.as)]);
    case 'auditEntries':
      return data.auditEntries.map((e) => [time(e.occurredAt), e.action, e.as]);
  }
}

function field(label: string, value: string): Content {
  return { text: [{ text: `${label}: `, bold: true }, printable(value)] };
}

/** One person's (or one guest record's) details and sections. */
function recordContent(
  record: ExportRecord,
  labels: Labels,
  time: (value: string | null) => string,
): Content[] {
  const { person } = record;
  const content: Content[] = [
    field(labels.name, person.name),
    field(labels.email, person.email),
    field(labels.titleField, person.title ?? '–'),
    field(labels.phone, person.phone ?? '–'),
    field(labels.organization, person.organization.name),
    field(labels.roles, person.roles.join(', ') || '–'),
    field(labels.language, person.locale),
    field(labels.login, person.loginEnabled ? labels.loginOn : labels.loginOff),
    field(labels.created, time(person.createdAt)),
  ];
  if (person.deletedAt) content.push(field(labels.deleted, time(person.deletedAt)));
  for (const section of Object.keys(labels.sections) as Section[]) {
    content.push({ text: labels.sections[section], style: 'heading' });
    const rows = sectionRows(record, section, time);
    if (rows.length === 0) {
      content.push({ text: labels.none, italics: true });
      continue;
    }
    content.push({
      table: {
        widths: rows[0].map((_, index) => (index === 0 ? '*' : 'auto')),
        body: rows.map((row) => row.map((cell) => printable(cell))),
      },
      layout: 'lightHorizontalLines',
      fontSize: 8,
    });
  }
  return content;
}

/** The document around the content: PDF/A metadata, A4, styles and a footer naming whom it is about. */
function renderDocument(
  locale: Locale,
  about: { name: string; subject: string; keyword: string },
  content: Content[],
): Promise<Buffer> {
  const labels = LABELS[locale];
  return renderArchivalPdf(
    {
      title: `${labels.title}: ${about.name}`,
      subject: about.subject,
      keywords: [labels.title, about.keyword],
      language: locale === 'sv' ? 'sv-SE' : 'en-GB',
    },
    {
      pageSize: 'A4',
      pageMargins: [50, 50, 50, 60],
      defaultStyle: { fontSize: 10, lineHeight: 1.2 },
      styles: {
        title: { fontSize: 16, bold: true, margin: [0, 0, 0, 8] },
        heading: { fontSize: 12, bold: true, margin: [0, 12, 0, 4] },
        record: { fontSize: 14, bold: true, margin: [0, 0, 0, 4] },
      },
      footer: (page: number, pages: number) => ({
        text: printable(`${labels.title}: ${about.name} – ${page}/${pages}`),
        alignment: 'center',
        fontSize: 8,
        color: '#6b7280',
      }),
      content,
    },
  );
}

/** The export as a readable PDF/A document, in the reader's language and the business time zone. */
export function renderPersonalDataPdf(data: PersonalDataView, locale: Locale, zone: string): Promise<Buffer> {
  const labels = LABELS[locale];
  const time = (value: string | null) => formatTime(value, zone, locale);
  const { person } = data;
  return renderDocument(
    locale,
    {
      name: person.name,
      subject: `${person.name}, ${person.organization.name} – ${time(data.generatedAt)}`,
      keyword: person.organization.name,
    },
    [
      { text: labels.title, style: 'title' },
      { text: labels.intro, margin: [0, 0, 0, 6] },
      field(labels.generated, time(data.generatedAt)),
      { text: labels.profile, style: 'heading' },
      ...recordContent(data, labels, time),
    ],
  );
}

/**
 * A guest's export (issue 17) as one readable PDF/A document: every meeting they were a guest of, each on its
 * own page under the meeting's title, in the reader's language and the business time zone.
 */
export function renderGuestPersonalDataPdf(
  data: GuestPersonalDataView,
  locale: Locale,
  zone: string,
): Promise<Buffer> {
  const labels = LABELS[locale];
  const time = (value: string | null) => formatTime(value, zone, locale);
  const content: Content[] = [
    { text: labels.title, style: 'title' },
    { text: labels.guestIntro, margin: [0, 0, 0, 6] },
    field(labels.email, data.email),
    field(labels.generated, time(data.generatedAt)),
  ];
  if (data.guests.length === 0) content.push({ text: labels.none, italics: true, margin: [0, 12, 0, 0] });
  for (const record of data.guests) {
    const meeting = record.meetings[0];
    content.push(
      {
        text: printable(meeting ? `${labels.guestRecord}: ${meeting.title}` : labels.guestRecord),
        style: 'record',
        pageBreak: 'before',
      },
      ...recordContent(record, labels, time),
    );
  }
  return renderDocument(
    locale,
    { name: data.email, subject: `${data.email} – ${time(data.generatedAt)}`, keyword: data.email },
    content,
  );
}
