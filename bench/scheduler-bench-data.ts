import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import type {
  BusyInterval,
  GeoPoint,
  MeetingMode,
  MunicipalityToPlace,
  SchedulerConfig,
  SchedulerInput,
} from '../src/round/scheduler/index.js';

/** Deterministic PRNG (mulberry32): the same seed always generates the same rounds. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A quarter across the October DST change, with no blackout inside. */
export const QUARTER = { firstDate: '2026-09-01', lastDate: '2026-11-30' };
const ZONE = 'Europe/Stockholm';

interface VasterbottenFile {
  region: { seat: GeoPoint };
  municipalities: { code: string; name: string; seat: GeoPoint }[];
}

export function readVasterbotten(): VasterbottenFile {
  return JSON.parse(
    readFileSync(join(process.cwd(), 'config', 'vasterbotten.json'), 'utf8'),
  ) as VasterbottenFile;
}

/**
 * Sweden's 21 regions with their number of municipalities (sum 290), the seat of the regional office and
 * roughly how far their municipalities lie from it (km). Västerbotten is replaced by the real data.
 */
export const SWEDISH_REGIONS: { name: string; count: number; office: GeoPoint; radiusKm: number }[] = [
  { name: 'Stockholm', count: 26, office: { lat: 59.3293, lon: 18.0686 }, radiusKm: 60 },
  { name: 'Uppsala', count: 8, office: { lat: 59.8586, lon: 17.6389 }, radiusKm: 70 },
  { name: 'Södermanland', count: 9, office: { lat: 58.7531, lon: 17.0079 }, radiusKm: 60 },
  { name: 'Östergötland', count: 13, office: { lat: 58.4108, lon: 15.6214 }, radiusKm: 80 },
  { name: 'Jönköping', count: 13, office: { lat: 57.7826, lon: 14.1618 }, radiusKm: 80 },
  { name: 'Kronoberg', count: 8, office: { lat: 56.8777, lon: 14.8091 }, radiusKm: 60 },
  { name: 'Kalmar', count: 12, office: { lat: 56.6634, lon: 16.3568 }, radiusKm: 110 },
  { name: 'Gotland', count: 1, office: { lat: 57.6348, lon: 18.2948 }, radiusKm: 5 },
  { name: 'Blekinge', count: 5, office: { lat: 56.1612, lon: 15.5869 }, radiusKm: 45 },
  { name: 'Skåne', count: 33, office: { lat: 55.605, lon: 13.0038 }, radiusKm: 80 },
  { name: 'Halland', count: 6, office: { lat: 56.6745, lon: 12.8578 }, radiusKm: 70 },
  { name: 'Västra Götaland', count: 49, office: { lat: 57.7089, lon: 11.9746 }, radiusKm: 120 },
  { name: 'Värmland', count: 16, office: { lat: 59.3793, lon: 13.5036 }, radiusKm: 120 },
  { name: 'Örebro', count: 12, office: { lat: 59.2753, lon: 15.2134 }, radiusKm: 80 },
  { name: 'Västmanland', count: 10, office: { lat: 59.6099, lon: 16.5448 }, radiusKm: 60 },
  { name: 'Dalarna', count: 15, office: { lat: 60.6065, lon: 15.6355 }, radiusKm: 140 },
  { name: 'Gävleborg', count: 10, office: { lat: 60.6749, lon: 17.1413 }, radiusKm: 120 },
  { name: 'Västernorrland', count: 7, office: { lat: 62.6323, lon: 17.9379 }, radiusKm: 110 },
  { name: 'Jämtland', count: 8, office: { lat: 63.1792, lon: 14.6357 }, radiusKm: 160 },
  { name: 'Västerbotten', count: 15, office: { lat: 63.8258, lon: 20.263 }, radiusKm: 0 },
  { name: 'Norrbotten', count: 14, office: { lat: 65.5848, lon: 22.1547 }, radiusKm: 250 },
];

/** Seats farther than this from the office are hybrid: an on-site day trip would not fit 09:00–16:00. */
const ONSITE_REACH_KM = 110;

function local(date: string, hour: number, minute = 0): string {
  return DateTime.fromISO(`${date}T00:00`, { zone: ZONE }).set({ hour, minute }).toISO() ?? '';
}

function pointNear(random: () => number, centre: GeoPoint, radiusKm: number): GeoPoint {
  const r = radiusKm * Math.sqrt(random());
  const angle = 2 * Math.PI * random();
  const lat = centre.lat + (r * Math.cos(angle)) / 111.2;
  const lon = centre.lon + (r * Math.sin(angle)) / (111.2 * Math.cos((centre.lat * Math.PI) / 180));
  return { lat: Math.round(lat * 1e4) / 1e4, lon: Math.round(lon * 1e4) / 1e4 };
}

function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const dLat = (b.lat - a.lat) * 111.2;
  const dLon = (b.lon - a.lon) * 111.2 * Math.cos((a.lat * Math.PI) / 180);
  return Math.hypot(dLat, dLon);
}

function windowDates(window: { firstDate: string; lastDate: string }): string[] {
  const dates: string[] = [];
  for (
    let d = DateTime.fromISO(window.firstDate, { zone: 'utc' });
    d.toISODate()! <= window.lastDate;
    d = d.plus({ days: 1 })
  ) {
    dates.push(d.toISODate()!);
  }
  return dates;
}

/** A municipality with realistic noise: a few blocked dates, busy participants, a recent last meeting. */
function municipalityAt(
  random: () => number,
  id: string,
  name: string,
  seat: GeoPoint,
  office: GeoPoint,
  dates: readonly string[],
  busy: BusyInterval[],
): MunicipalityToPlace {
  const roll = random();
  let mode: MeetingMode = roll < 0.6 ? 'onsite' : roll < 0.85 ? 'hybrid' : 'digital';
  if (mode === 'onsite' && distanceKm(office, seat) > ONSITE_REACH_KM) mode = 'hybrid';
  const participants = [`${id}-p1`, `${id}-p2`];
  const blockedDates = [
    ...new Set(
      Array.from({ length: Math.floor(random() * 6) }, () => dates[Math.floor(random() * dates.length)]),
    ),
  ].sort();
  for (let i = 0; i < 3; i++) {
    const date = dates[Math.floor(random() * dates.length)];
    const hour = 8 + Math.floor(random() * 8);
    busy.push({
      personIds: [participants[i % 2]],
      start: local(date, hour),
      end: local(date, hour + 2),
      label: 'other meeting',
    });
  }
  const preferredWeekdays = random() < 0.3 ? [1 + Math.floor(random() * 5)] : undefined;
  const lastMeetingEnd =
    random() < 0.5 ? local(`2026-08-${String(11 + Math.floor(random() * 20)).padStart(2, '0')}`, 15) : null;
  return { id, name, seat, mode, participants, blockedDates, preferredWeekdays, lastMeetingEnd };
}

/** The team's own standing meetings: Monday morning staff meeting, Thursday afternoon regional board. */
function teamBusy(team: readonly string[], dates: readonly string[]): BusyInterval[] {
  const busy: BusyInterval[] = [];
  for (const date of dates) {
    const weekday = DateTime.fromISO(date, { zone: 'utc' }).weekday;
    if (weekday === 1)
      busy.push({
        personIds: [...team],
        start: local(date, 9),
        end: local(date, 10),
        label: 'staff meeting',
      });
    if (weekday === 4)
      busy.push({
        personIds: [team[0]],
        start: local(date, 14),
        end: local(date, 16),
        label: 'regional board',
      });
  }
  return busy;
}

export function vasterbottenRound(config: Partial<SchedulerConfig> = {}): SchedulerInput {
  const file = readVasterbotten();
  const random = seededRandom(2024);
  const dates = windowDates(QUARTER);
  const team = ['region-1', 'region-2', 'region-3'];
  const busy = teamBusy(team, dates);
  const municipalities = file.municipalities.map((m) =>
    municipalityAt(random, m.code, m.name, m.seat, file.region.seat, dates, busy),
  );
  return { window: QUARTER, durationMinutes: 90, municipalities, regionalTeam: team, busy, config };
}

/** One round per region, each with its own office and team: 290 municipalities in 21 independent plans. */
export function swedishRounds(config: Partial<SchedulerConfig> = {}): SchedulerInput[] {
  const random = seededRandom(290);
  const dates = windowDates(QUARTER);
  return SWEDISH_REGIONS.map((region, r) => {
    if (region.name === 'Västerbotten') return vasterbottenRound(config);
    const team = [`r${r}-1`, `r${r}-2`, `r${r}-3`];
    const busy = teamBusy(team, dates);
    const municipalities = Array.from({ length: region.count }, (_, i) => {
      const id = `r${String(r).padStart(2, '0')}-m${String(i).padStart(2, '0')}`;
      const seat = i === 0 ? region.office : pointNear(random, region.office, region.radiusKm);
      return municipalityAt(random, id, `${region.name} ${i + 1}`, seat, region.office, dates, busy);
    });
    return {
      window: QUARTER,
      durationMinutes: 90,
      municipalities,
      regionalTeam: team,
      busy,
      config: { ...config, office: region.office },
    };
  });
}

/**
 * A stress test in ONE call: 2,000 municipalities within 60 km of one office, one team, a three-year window
 * (2027–2029), a third each on-site/hybrid/digital, up to 4 meetings a day of 60 minutes. Fictional, but it is what makes one plan this large
 * feasible: a real team meets 2 a day and ~120 municipalities a quarter at most.
 */
export function stressRound(count = 2000): SchedulerInput {
  const random = seededRandom(2000);
  const window = { firstDate: '2027-01-04', lastDate: '2029-12-21' };
  const dates = windowDates(window);
  const office = { lat: 59.2753, lon: 15.2134 };
  const team = ['s-1', 's-2', 's-3'];
  const busy = teamBusy(team, dates);
  const municipalities = Array.from({ length: count }, (_, i) => {
    const id = `s${String(i).padStart(4, '0')}`;
    const m = municipalityAt(
      random,
      id,
      `Stress ${i + 1}`,
      pointNear(random, office, 60),
      office,
      dates,
      busy,
    );
    // A third of each mode keeps the team's time about 70 % booked: heavy, but it all fits.
    const mode: MeetingMode = (['onsite', 'hybrid', 'digital'] as const)[i % 3];
    return { ...m, mode, lastMeetingEnd: null };
  });
  return {
    window,
    durationMinutes: 60,
    municipalities,
    regionalTeam: team,
    busy,
    config: { office, maxMeetingsPerDay: 4 },
  };
}
