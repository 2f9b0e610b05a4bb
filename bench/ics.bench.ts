/**
 * Benchmark of the invitation builder (ical-generator underneath) against a hand-written RFC 5545 string
 * template, in the same process on the same input: one REQUEST with 15 attendees. `npm run bench:ics`.
 * Not a test: it prints figures. Target (issue 4): builder ≤ 20 × the template.
 *
 * The template writes the same bytes as the builder (checked before timing), so the ratio compares equal
 * output: what the library, the input checks and the text clean-up cost on top of plain concatenation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { DateTime } from 'luxon';
import { buildInvitation, type InvitationInput } from '../src/calendar/calendar-builder.js';

const ZONE = 'Europe/Stockholm';
const TARGET_RATIO = 20;

function invitation(): InvitationInput {
  const start = DateTime.fromISO('2026-02-10T10:00', { zone: ZONE });
  return {
    method: 'REQUEST',
    uid: 'meeting-7f3c2a9e-1b4d-4c1e-9a57-0f8e2d6b1c33@samverkan.example',
    sequence: 3,
    stamp: new Date('2026-01-15T12:00:00Z'),
    start,
    end: start.plus({ minutes: 90 }),
    summary: 'Samverkansmöte Skellefteå – vårens uppföljning; näringsliv, kompetens',
    description:
      'Vi går igenom överenskommelsen, öppna åtgärder och frågor som Skellefteå kommun och Region ' +
      'Västerbotten äger.\nTa gärna med underlag om kompetensförsörjning.',
    agendaUrl: 'https://samverkan.example/meetings/7f3c2a9e/agenda',
    location: 'Stadshuset, Trädgårdsgatan 4, Skellefteå',
    videoUrl: 'https://video.example/j/8123456789?pwd=Zk9xQ2',
    organizer: { name: 'Region Västerbotten, Regional utveckling', email: 'samverkan@regionvasterbotten.se' },
    attendees: Array.from({ length: 15 }, (_, i) => ({
      name: `${['Anna', 'Örjan', 'Åsa', 'Erik', 'Märta'][i % 5]} ${['Lund', 'Öberg', 'Åström'][i % 3]} ${i + 1}`,
      email: `deltagare${i + 1}@${['skelleftea', 'umea', 'lycksele'][i % 3]}.se`,
      role: i === 0 ? 'CHAIR' : i % 4 === 3 ? 'OPT-PARTICIPANT' : 'REQ-PARTICIPANT',
      partstat: i % 5 === 1 ? 'ACCEPTED' : 'NEEDS-ACTION',
    })),
  };
}

// --- the baseline: a hand-written template, no library -------------------------------------------------

const VTIMEZONE_LINES = getVtimezoneComponent(ZONE)!.trim().split(/\r?\n/);

const escapeText = (value: string) =>
  value.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, '\\n');

/**
 * Folds at 74 octets per segment (the rule ical-generator uses; RFC 5545 allows 75), never inside a
 * character: counts UTF-8 octets per UTF-16 unit and slices whole segments instead of copying characters.
 */
function fold(line: string): string {
  if (line.length <= 74 && !/[^ -~]/.test(line)) return line;
  const segments: string[] = [];
  let segmentStart = 0;
  let octets = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    const high = code >= 0xd800 && code <= 0xdbff;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : high ? 4 : 3;
    if (octets + size > 74) {
      segments.push(line.slice(segmentStart, i));
      segmentStart = i;
      octets = 0;
    }
    octets += size;
    if (high) i++;
  }
  segments.push(line.slice(segmentStart));
  return segments.join('\r\n ');
}

const pad = (value: number) => (value < 10 ? `0${value}` : String(value));
const local = (value: DateTime) => {
  const t = value.setZone(ZONE);
  return `${t.year}${pad(t.month)}${pad(t.day)}T${pad(t.hour)}${pad(t.minute)}${pad(t.second)}`;
};
const utc = (value: Date) =>
  `${value.getUTCFullYear()}${pad(value.getUTCMonth() + 1)}${pad(value.getUTCDate())}T` +
  `${pad(value.getUTCHours())}${pad(value.getUTCMinutes())}${pad(value.getUTCSeconds())}Z`;

function template(input: InvitationInput): string {
  const description =
    `${input.description}\n\nDagordning: ${input.agendaUrl}\n` + `Anslut till videomötet: ${input.videoUrl}`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Samverkan//Samverkan//SV',
    'CALSCALE:GREGORIAN',
    `METHOD:${input.method}`,
    ...VTIMEZONE_LINES,
    'BEGIN:VEVENT',
    `UID:${input.uid}`,
    `SEQUENCE:${input.sequence}`,
    `DTSTAMP:${utc(input.stamp as Date)}`,
    `DTSTART;TZID=${ZONE}:${local(input.start as DateTime)}`,
    `DTEND;TZID=${ZONE}:${local(input.end as DateTime)}`,
    `SUMMARY:${escapeText(input.summary)}`,
    'TRANSP:OPAQUE',
    `LOCATION:${escapeText(input.location!)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `ORGANIZER;CN="${input.organizer.name}":mailto:${input.organizer.email}`,
    ...input.attendees.map(
      (a) =>
        `ATTENDEE;ROLE=${a.role};CUTYPE=INDIVIDUAL;PARTSTAT=${a.partstat};RSVP=TRUE;CN="${a.name}":MAILTO:${a.email}`,
    ),
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:-P1D',
    `DESCRIPTION:${escapeText(input.summary)}`,
    'END:VALARM',
    `URL;VALUE=URI:${input.videoUrl}`,
    'STATUS:CONFIRMED',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

// --- measuring ------------------------------------------------------------------------------------------

let sink = 0;

/** Microseconds per call: the median of `rounds` timed runs of `iterations` calls each. */
function measure(run: () => string, iterations: number, rounds: number): number {
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    for (let i = 0; i < iterations; i++) sink += run().length;
    samples.push(((performance.now() - started) * 1000) / iterations);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

function main(): void {
  const input = invitation();
  const built = buildInvitation(input);
  const handWritten = template(input);
  if (built !== handWritten) {
    throw new Error('the template and the builder disagree: the comparison would not be fair');
  }

  // Warm both paths up, then alternate them so neither gets a quieter machine.
  measure(() => buildInvitation(input), 2_000, 3);
  measure(() => template(input), 20_000, 3);
  const builder: number[] = [];
  const baseline: number[] = [];
  for (let pass = 0; pass < 5; pass++) {
    builder.push(measure(() => buildInvitation(input), 2_000, 5));
    baseline.push(measure(() => template(input), 20_000, 5));
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const builderUs = median(builder);
  const baselineUs = median(baseline);
  const ratio = builderUs / baselineUs;

  const version = (name: string) =>
    (
      JSON.parse(readFileSync(join(process.cwd(), 'node_modules', name, 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
  console.log(
    `ics bench: one REQUEST, 15 attendees, ${Buffer.byteLength(built)} bytes; node ${process.version}, ` +
      `ical-generator ${version('ical-generator')}, luxon ${version('luxon')}`,
  );
  console.log(`  buildInvitation (ical-generator)   ${builderUs.toFixed(1).padStart(7)} µs/invitation`);
  console.log(`  hand-written RFC 5545 template     ${baselineUs.toFixed(1).padStart(7)} µs/invitation`);
  console.log(
    `  ratio ${ratio.toFixed(1)}× (target ≤ ${TARGET_RATIO}×): ${ratio <= TARGET_RATIO ? 'PASS' : 'FAIL'}` +
      `  [per-pass builder ${builder.map((v) => v.toFixed(1)).join(', ')} µs;` +
      ` template ${baseline.map((v) => v.toFixed(1)).join(', ')} µs]`,
  );
  if (sink === 0) console.log('(unreachable: keeps the results alive)');
  process.exitCode = ratio <= TARGET_RATIO ? 0 : 1;
}

main();
