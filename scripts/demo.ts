/**
 * `npm run demo`: a walkthrough of Samverkan against a RUNNING service, in Swedish, for a newcomer.
 *
 *   npm start                                  # in one terminal (prints the admin password on first start)
 *   ADMIN_PASSWORD=… npm run demo              # in another
 *   npm run demo -- --url http://localhost:3000 --email admin@samverkan.local --password … --outbox var/outbox
 *
 * It only talks to the public API (and reads the .eml outbox folder when the service has no SMTP_URL), so it
 * works against any deployment. Each run creates its own people (names carry a run number), so it can be run
 * again on the same database.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DateTime } from 'luxon';
import { simpleParser } from 'mailparser';

/** The walkthrough's output is its purpose: straight to the terminal. */
const print = (text = '') => process.stdout.write(`${text}\n`);
const printError = (text: string) => process.stderr.write(`${text}\n`);

// --- what the demo reads of the API's answers (/docs-json has them whole) ----------------------------------

interface Organization {
  id: string;
  kind: 'region' | 'municipality';
  code: string;
  name: string;
  parentId: string | null;
}
interface Person {
  id: string;
  name: string;
  email: string;
  roles: string[];
}
interface RoundItem {
  organizationName: string;
  startAt: string | null;
  reasons: Array<{ message: string }>;
  unplaced: { message: string } | null;
  meetingId: string | null;
}
interface Round {
  id: string;
  status: string;
  progress: { done: number; total: number };
  items: RoundItem[];
}
interface Meeting {
  id: string;
  title: string;
  startAt: string;
  endAt: string;
  organizations: Array<{ id: string; name: string }>;
}
interface Invitation {
  person: { id: string; name: string };
  partstat: string;
  comment: string | null;
  sequenceSent: number | null;
  delivery: { state: string; emailId: string | null };
}
interface Agenda {
  items: Array<{ id: string; number: number | null; title: string }>;
}
interface Minutes {
  status: string;
  lockedAt: string | null;
  pdfUrl: string;
}
interface Action {
  title: string;
  owner: { name: string | null };
  dueDate: string;
  status: string;
}
interface MunicipalityOverview {
  name: string;
  lastMeeting: { date: string } | null;
  nextMeeting: { startAt: string } | null;
  cadence: { status: string };
  actions: { open: number };
  questions: { open: number };
}
interface CountyOverview {
  totals: {
    municipalities: number;
    actionsOpen: number;
    actionsOverdue: number;
    minutesAwaitingApproval: number;
  };
  regions: Array<{ name: string; actions: { open: number; overdue: number } }>;
  municipalities: MunicipalityOverview[];
}
interface RsvpResult {
  status: string;
  rsvp: { meeting: { title: string } };
}
interface Page<T> {
  items: T[];
}

// --- options ----------------------------------------------------------------------------------------------

interface Options {
  url: string;
  email: string;
  password: string;
  outbox: string;
}

function options(): Options {
  const args = process.argv.slice(2);
  const value = (name: string): string | undefined => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 ? args[index + 1] : undefined;
  };
  if (args.includes('--help') || args.includes('-h')) {
    print(
      'Användning: npm run demo -- [--url http://localhost:3000] [--email …] [--password …] [--outbox var/outbox]',
    );
    process.exit(0);
  }
  const password = value('password') ?? process.env.ADMIN_PASSWORD;
  if (!password) {
    printError(
      'Ange administratörens lösenord: ADMIN_PASSWORD=… npm run demo (eller --password …).\n' +
        'Startade du tjänsten med npm start utan ADMIN_PASSWORD skrevs ett genererat lösenord ut i terminalen.',
    );
    process.exit(2);
  }
  const url =
    value('url') ??
    process.env.DEMO_URL ??
    process.env.PUBLIC_URL ??
    `http://localhost:${process.env.PORT ?? 3000}`;
  return {
    url: url.replace(/\/$/, ''),
    email: value('email') ?? process.env.ADMIN_EMAIL ?? 'admin@samverkan.local',
    password,
    outbox: resolve(value('outbox') ?? process.env.MAIL_OUTBOX_DIR ?? 'var/outbox'),
  };
}

// --- output -----------------------------------------------------------------------------------------------

const TOTAL_STEPS = 10;
let step = 0;
function heading(title: string): void {
  step += 1;
  print(`\n━━ Steg ${step} av ${TOTAL_STEPS}: ${title} ${'━'.repeat(Math.max(3, 70 - title.length))}`);
}
const say = (text: string) => print(`   ${text}`);
const explain = (text: string) => print(`   › ${text}`);
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

const when = (iso: string) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
/** "Näringslivschef Åsele" → "naringslivschef.asele", for e-mail addresses. */
const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.+|\.+$/g, '');
const MINUTES_STATUS: Record<string, string> = {
  draft: 'ett utkast',
  submitted: 'hos justerarna',
  returned: 'återsänt till sekreteraren',
  locked: 'justerat och låst',
};
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const cut = (text: string, width: number) =>
  text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);

function table(headers: string[], rows: string[][]): void {
  const widths = headers.map((header, column) =>
    Math.min(34, Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length))),
  );
  say(headers.map((header, column) => cut(header, widths[column])).join('  '));
  say(widths.map((width) => '─'.repeat(width)).join('  '));
  for (const row of rows) say(row.map((cell, column) => cut(cell ?? '', widths[column])).join('  '));
}

// --- the API ----------------------------------------------------------------------------------------------

class Api {
  constructor(private readonly base: string) {}

  async call<T>(method: string, path: string, token?: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        accept: 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).catch((error: Error) => {
      throw new Error(
        `kunde inte nå tjänsten på ${this.base} (${error.message}). Kör den? Starta med npm start.`,
      );
    });
    const text = await response.text();
    if (!response.ok) {
      let detail = text.slice(0, 500);
      try {
        const parsed = JSON.parse(text) as { code: string; message: string; details?: unknown };
        detail = `${parsed.code}: ${parsed.message}${parsed.details ? ` ${JSON.stringify(parsed.details)}` : ''}`;
      } catch {
        // not JSON: the text says it
      }
      throw new Error(`${method} ${path} svarade ${response.status} (${detail})`);
    }
    return (text ? JSON.parse(text) : undefined) as T;
  }

  async login(email: string, password: string): Promise<string> {
    const answer = await this.call<{ accessToken: string }>('POST', '/api/auth/login', undefined, {
      email,
      password,
    });
    return answer.accessToken;
  }

  /** A meeting's invitations once every one has left (changes are debounced for a few seconds first). */
  async invitationsWhenSent(meetingId: string, token: string): Promise<Invitation[]> {
    let items: Invitation[] = [];
    for (let attempt = 0; attempt < 120; attempt += 1) {
      items = (await this.call<Page<Invitation>>('GET', `/api/meetings/${meetingId}/invitations`, token))
        .items;
      if (items.length > 0 && items.every((item) => item.delivery.state === 'sent')) return items;
      await sleep(500);
    }
    return items;
  }
}

// --- the outbox folder (no SMTP_URL): one .eml file per email, named by its id ------------------------------

async function isDirectory(dir: string): Promise<boolean> {
  return stat(dir)
    .then((info) => info.isDirectory())
    .catch(() => false);
}

/** Links of one kind (`rsvp`, `minutes-approval`) in the emails to `to` written since `since`. */
async function linksInOutbox(dir: string, to: string, kind: string, since: number): Promise<string[]> {
  const links: string[] = [];
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!name.endsWith('.eml')) continue;
    const path = join(dir, name);
    if ((await stat(path)).mtimeMs < since) continue;
    const mail = await simpleParser(await readFile(path));
    const recipients = [mail.to ?? []].flat().flatMap((address) => address.value.map((v) => v.address ?? ''));
    if (!recipients.some((address) => address.toLowerCase() === to.toLowerCase())) continue;
    const pattern = new RegExp(`https?://[^\\s"'<>]*/${kind}/[A-Za-z0-9_-]+`, 'g');
    links.push(...((mail.text ?? '').match(pattern) ?? []));
  }
  return [...new Set(links)];
}

async function waitForLink(
  dir: string,
  to: string,
  kind: string,
  since: number,
): Promise<string | undefined> {
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const [link] = await linksInOutbox(dir, to, kind, since);
    if (link) return link;
    await sleep(500);
  }
  return undefined;
}

// --- the walkthrough ----------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const opts = options();
  const api = new Api(opts.url);
  const run = Date.now().toString(36).slice(-4);
  const started = Date.now();
  print('Samverkan – en genomgång från planering till länsöversikt');
  print(`Tjänsten: ${opts.url}   Körning: ${run}`);

  heading('Logga in');
  const admin = await api.login(opts.email, opts.password);
  const me = await api.call<Person>('GET', '/api/me', admin);
  say(`Inloggad som ${me.name} (${me.roles.join(', ')}) med POST /api/auth/login.`);
  explain('Alla anrop under /api kräver en bearer-token; dokumentationen finns på /docs.');

  heading('Länet: regionen och dess kommuner');
  const organizations = (await api.call<Page<Organization>>('GET', '/api/organizations?limit=200', admin))
    .items;
  const region =
    organizations.find((o) => o.kind === 'region' && o.code === '24') ??
    organizations.find((o) => o.kind === 'region');
  if (!region) throw new Error('ingen region finns; startades tjänsten med SEED=false?');
  const municipalities = organizations.filter((o) => o.kind === 'municipality' && o.parentId === region.id);
  say(`${region.name} och ${municipalities.length} kommuner (SCB-koder):`);
  say(municipalities.map((m) => `${m.code} ${m.name}`).join(', '));

  heading('Personer och samverkansöverenskommelser');
  const password = `demo-${run}-lösenord`;
  const person = (organizationId: string, name: string, roles: string[], login = false) =>
    api.call<Person>('POST', '/api/people', admin, {
      organizationId,
      name,
      email: `${slug(name)}.${run}@demo.example.se`,
      roles,
      ...(login ? { password } : {}),
    });
  const coordinator = await person(region.id, 'Karin Samordnare', ['coordinator'], true);
  const developer = await person(region.id, 'Erik Utvecklare', ['participant']);
  say(`Regionens team: ${coordinator.name} (samordnare, justerare för regionen) och ${developer.name}.`);
  const contacts = new Map<string, Person>();
  for (const municipality of municipalities) {
    const contact = await person(
      municipality.id,
      `Näringslivschef ${municipality.name}`,
      ['participant'],
      true,
    );
    contacts.set(municipality.id, contact);
    await api.call('PUT', `/api/organizations/${municipality.id}/agreement`, admin, {
      cadence: 'P3M',
      preferredMode: 'digital',
      defaultParticipantIds: [contact.id],
      adjusters: { region: coordinator.id, municipality: contact.id },
      expectations: [
        {
          party: 'region',
          text: 'Regionen skickar protokollet för justering inom en vecka.',
          metric: 'minutes_on_time',
        },
        {
          party: 'municipality',
          text: 'Kommunen föreslår punkter till dagordningen senast fem arbetsdagar före.',
        },
      ],
      location: { address: null, videoUrl: 'https://video.example.se/samverkan' },
      validFrom: day(0),
    });
  }
  say('En näringslivschef per kommun, och för varje kommun en överenskommelse: möte var tredje månad (P3M),');
  say(
    'digitalt, med kommunens kontaktperson, en justerare per part och skrivna förväntningar på båda parter.',
  );
  const coordinatorToken = await api.login(coordinator.email, password);

  heading('Planera en samverkansomgång');
  const window = { from: day(21), to: day(111) };
  explain(`Samordnaren ber om en omgång ${window.from} – ${window.to}: ett möte per kommun, 90 minuter.`);
  let round = await api.call<Round>('POST', '/api/rounds', coordinatorToken, {
    name: `Samverkansomgång ${window.from.slice(0, 7)} (demo ${run})`,
    window,
    organizationIds: municipalities.map((m) => m.id),
    durationMinutes: 90,
    mode: 'digital',
    regionalTeam: [coordinator.id, developer.id],
    // An earlier demo run may have met these municipalities already: no minimum gap for the demo.
    constraints: { minGapDays: 0 },
  });
  while (round.status === 'planning') {
    say(`Planerar … ${round.progress.done} av ${round.progress.total}`);
    await sleep(500);
    round = await api.call<Round>('GET', `/api/rounds/${round.id}`, coordinatorToken);
  }
  say(
    'Schemaläggarens förslag (arbetstid, helgdagar, ingen dubbelbokning, högst två möten om dagen för teamet):',
  );
  table(
    ['Kommun', 'Förslag', 'Varför där'],
    round.items.map((item) => [
      item.organizationName,
      item.startAt ? when(item.startAt) : `kan inte placeras: ${item.unplaced?.message ?? ''}`,
      item.reasons[0]?.message ?? '',
    ]),
  );

  heading('Bekräfta omgången – mötena skapas och kallelserna går ut');
  round = await api.call<Round>('POST', `/api/rounds/${round.id}/confirm`, coordinatorToken, {});
  const meetingIds = round.items.flatMap((item) => (item.meetingId ? [item.meetingId] : []));
  say(`${meetingIds.length} möten skapade med POST /api/rounds/:id/confirm.`);
  explain(
    'Varje möte har ett eget kalender-UID; varje deltagare får en iTIP-kallelse (METHOD:REQUEST, SEQUENCE 0)',
  );
  explain('som Outlook, Google och Apple visar som en riktig kalenderinbjudan med svarsknappar.');
  const first = meetingIds[0];
  const firstMeeting = await api.call<Meeting>('GET', `/api/meetings/${first}`, coordinatorToken);
  say(
    `Väntar på att kallelserna till "${firstMeeting.title}" skickas (ändringar samlas några sekunder först) …`,
  );
  const invitations = await api.invitationsWhenSent(first, coordinatorToken);
  table(
    ['Deltagare', 'Leverans', 'SEQUENCE', 'Svar'],
    invitations.map((item) => [
      item.person.name,
      item.delivery.state,
      String(item.sequenceSent ?? '–'),
      item.partstat,
    ]),
  );

  heading('Var finns kallelserna?');
  const hasOutbox = await isDirectory(opts.outbox);
  if (hasOutbox) {
    const files = (await readdir(opts.outbox)).filter((name) => name.endsWith('.eml'));
    say(`Tjänsten har ingen SMTP_URL, så varje e-post skrivs som en .eml-fil i ${opts.outbox}`);
    say(`(${files.length} filer nu). Öppna en i valfritt e-postprogram, till exempel kallelsen till`);
    const emailId = invitations[0]?.delivery.emailId;
    if (emailId) say(`${invitations[0].person.name}: ${join(opts.outbox, `${emailId}.eml`)}`);
  } else {
    say(`Ingen outbox-mapp på ${opts.outbox}: tjänsten skickar via SMTP (SMTP_URL).`);
    say('Med docker/compose.yml hamnar e-posten i mail-catchern: http://localhost:8025');
  }
  explain(
    'Leverans per person: GET /api/meetings/:id/invitations. Kalenderfilen: GET /api/meetings/:id/calendar.ics.',
  );

  heading('Svara på kallelser via länkarna');
  const answers: Array<[string, 'ACCEPTED' | 'TENTATIVE' | 'DECLINED', string | undefined]> = [
    [meetingIds[0], 'ACCEPTED', undefined],
    [meetingIds[1], 'TENTATIVE', 'Kommer om budgetmötet blir klart i tid.'],
    [meetingIds[2], 'DECLINED', 'Krockar med kommunfullmäktige – vi skickar en ersättare.'],
  ];
  if (!hasOutbox) {
    say('Svarslänkarna står i e-posten (mail-catchern); utan outbox-mapp kan demot inte läsa dem.');
    say('Svara själv på en kallelse där, eller kör tjänsten utan SMTP_URL.');
  }
  for (const [meetingId, partstat, comment] of hasOutbox ? answers : []) {
    const meeting = await api.call<Meeting>('GET', `/api/meetings/${meetingId}`, coordinatorToken);
    const contact = contacts.get(meeting.organizations[0].id)!;
    await api.invitationsWhenSent(meetingId, coordinatorToken);
    const link = await waitForLink(opts.outbox, contact.email, 'rsvp', started);
    if (!link) {
      say(`Hittade ingen svarslänk till ${contact.name} i ${opts.outbox}.`);
      continue;
    }
    const path = new URL(link).pathname;
    const answer = await api.call<RsvpResult>('POST', path, undefined, {
      partstat,
      ...(comment ? { comment } : {}),
    });
    say(`${contact.name} svarar ${partstat}${comment ? ` ("${comment}")` : ''} via ${path.slice(0, 18)}…`);
    explain(`${answer.rsvp.meeting.title}: ${answer.status === 'updated' ? 'svaret sparat' : 'oförändrat'}.`);
  }
  if (hasOutbox) {
    explain('Samma svar kommer också tillbaka som iMIP REPLY när någon klickar Ja/Nej i sin kalender.');
    const list = await api.invitationsWhenSent(meetingIds[2], coordinatorToken);
    table(
      ['Deltagare', 'Svar', 'Kommentar'],
      list.map((item) => [item.person.name, item.partstat, item.comment ?? '']),
    );
  }

  heading('Dagordning och protokoll');
  const agenda = await api.call<Agenda>('GET', `/api/meetings/${first}/agenda`, coordinatorToken);
  say(`Dagordningen för ${firstMeeting.title} (från mallen, ${agenda.items.length} punkter):`);
  for (const item of agenda.items) say(`  ${item.number ?? '–'}. ${item.title}`);
  const municipalityId = firstMeeting.organizations[0].id;
  const contact = contacts.get(municipalityId)!;
  const notes = [
    'Kommunen beskrev läget: två större etableringar och brist på industrimark.',
    'Regionen berättade om pågående insatser för kompetensförsörjning.',
    'Genomgång av öppna åtgärder från förra mötet.',
  ];
  const items = agenda.items.slice(0, 3).map((item, index) => ({
    agendaItemId: item.id,
    notes: notes[index],
    decisions: index === 0 ? ['Regionen och kommunen tar fram en gemensam markanalys.'] : [],
  }));
  await api.call('PUT', `/api/meetings/${first}/minutes`, coordinatorToken, {
    items,
    attendance: [
      { personId: coordinator.id, status: 'present' },
      { personId: developer.id, status: 'present' },
      { personId: contact.id, status: 'present' },
    ],
    actions: [
      {
        agendaItemId: items[0]?.agendaItemId ?? null,
        title: 'Ta fram gemensam markanalys',
        ownerPersonId: contact.id,
        ownerOrganizationId: municipalityId,
        dueDate: day(75),
      },
    ],
  });
  say(
    'Protokollet förs per punkt: anteckningar, beslut, närvaro och en ny åtgärd (PUT /api/meetings/:id/minutes).',
  );
  // Minutes go to the adjusters once the meeting has taken place: the demo moves it back by whole weeks
  // (same weekday and local time) until it is over.
  const plannedStart = DateTime.fromISO(firstMeeting.startAt, { zone: 'Europe/Stockholm' });
  const weeksBack = Math.ceil(plannedStart.diffNow('weeks').weeks) + 1;
  const heldStart = plannedStart.minus({ weeks: weeksBack }).toISO()!;
  await api.call('PATCH', `/api/meetings/${first}`, coordinatorToken, {
    start: heldStart,
    end: DateTime.fromISO(firstMeeting.endAt, { zone: 'Europe/Stockholm' })
      .minus({ weeks: weeksBack })
      .toISO()!,
  });
  say(`I demon har mötet redan hållits: det flyttas till ${when(heldStart)} (PATCH /api/meetings/:id).`);
  const submittedAt = Date.now();
  await api.call('POST', `/api/meetings/${first}/minutes/submit`, coordinatorToken, {});
  explain('Ett protokoll skickas först när mötet har börjat; efter mötets slut blir mötet "held" (hållet).');
  say(`Det skickas för justering till ${coordinator.name} och ${contact.name}, överenskommelsens justerare.`);
  await api.call('POST', `/api/meetings/${first}/minutes/approve`, coordinatorToken, {
    comment: 'Justerat för regionens del.',
  });
  say(`${coordinator.name} justerar i API:t: POST /api/meetings/:id/minutes/approve.`);
  const approvalLink = hasOutbox
    ? await waitForLink(opts.outbox, contact.email, 'minutes-approval', submittedAt - 1000)
    : undefined;
  if (approvalLink) {
    const path = new URL(approvalLink).pathname;
    await api.call('POST', path, undefined, { decision: 'approve', comment: 'Ser bra ut.' });
    say(`${contact.name} justerar via länken i sin e-post: POST ${path.slice(0, 28)}…`);
  } else {
    const contactToken = await api.login(contact.email, password);
    await api.call('POST', `/api/meetings/${first}/minutes/approve`, contactToken, {});
    say(`${contact.name} justerar i API:t (ingen outbox-mapp att hämta länken ur).`);
  }
  const minutes = await api.call<Minutes>('GET', `/api/meetings/${first}/minutes`, coordinatorToken);
  const statusText = MINUTES_STATUS[minutes.status] ?? minutes.status;
  say(`Protokollet är nu ${statusText}${minutes.lockedAt ? ` (${when(minutes.lockedAt)})` : ''}.`);
  explain(
    `PDF: ${new URL(minutes.pdfUrl, opts.url).href}; den skickas till deltagarna när alla har justerat.`,
  );

  heading('Åtgärder');
  const created: Action[] = [];
  for (const municipality of municipalities.slice(1, 4)) {
    const owner = contacts.get(municipality.id)!;
    created.push(
      await api.call<Action>('POST', '/api/actions', coordinatorToken, {
        title: `Kartlägga behovet av kompetensförsörjning i ${municipality.name}`,
        ownerPersonId: owner.id,
        ownerOrganizationId: municipality.id,
        dueDate: day(45),
      }),
    );
  }
  const fromMinutes = await api.call<Page<Action>>(
    'GET',
    `/api/actions?meetingId=${first}&limit=20`,
    coordinatorToken,
  );
  say(
    `${created.length} åtgärder skapade med POST /api/actions, och ${fromMinutes.items.length} från protokollet:`,
  );
  table(
    ['Åtgärd', 'Ägare', 'Förfaller', 'Status'],
    [...created, ...fromMinutes.items].map((action) => [
      action.title,
      action.owner.name ?? '',
      action.dueDate,
      action.status,
    ]),
  );
  explain('Ägaren påminns före förfallodagen; försenade åtgärder samlas i en veckosammanfattning.');

  heading('Länsöversikten');
  const overview = await api.call<CountyOverview>('GET', '/api/overview', coordinatorToken);
  say(
    `${overview.totals.municipalities} kommuner, ${overview.totals.actionsOpen} öppna åtgärder ` +
      `(${overview.totals.actionsOverdue} försenade), ${overview.totals.minutesAwaitingApproval} protokoll väntar på justering.`,
  );
  for (const region of overview.regions) {
    say(`${region.name}: ${region.actions.open} egna öppna åtgärder (${region.actions.overdue} försenade).`);
  }
  table(
    ['Kommun', 'Senaste möte', 'Nästa möte', 'Kadens', 'Öppna åtg.', 'Frågor'],
    overview.municipalities.map((row) => [
      row.name,
      row.lastMeeting?.date ?? '–',
      row.nextMeeting ? when(row.nextMeeting.startAt) : '–',
      row.cadence.status,
      String(row.actions.open),
      String(row.questions.open),
    ]),
  );
  explain(
    `Som CSV: ${opts.url}/api/overview.csv. Varje kommun ser sin egen vy: GET /api/overview/organizations/:id.`,
  );
  print(
    `\nKlart på ${Math.round((Date.now() - started) / 1000)} s. ` +
      `Logga in som ${coordinator.email} / ${password} för att fortsätta själv.`,
  );
}

main().catch((error: unknown) => {
  printError(`\nDemot avbröts: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
