import type { DaySet } from './day-set.js';
import {
  earliestTripTiming,
  tripLegs,
  type PreparedMunicipality,
  type PreparedRound,
} from './prepared-round.js';
import { haversineKm, legMinutes } from './travel.js';

/** Candidate partners per municipality; savings with farther seats are rarely positive and never the best. */
const NEIGHBOURS = 20;
/** Routes up to this length get their visiting order optimised exhaustively. */
const MAX_EXHAUSTIVE_STOPS = 7;

interface Saving {
  a: number;
  b: number;
  minutes: number;
  km: number;
}

interface Route {
  stops: PreparedMunicipality[];
  days: DaySet;
}

/**
 * Groups the municipalities the team travels to into day trips with the Clarke–Wright savings heuristic:
 * start with one round trip each, then join the two routes whose joining saves the most travel
 * (office→A + office→B − A→B), as long as the joined trip still fits an empty day, visits at most
 * `maxStops` seats and the municipalities share at least one allowed day. Returns trips in a canonical order.
 */
export function buildTrips(
  round: PreparedRound,
  travellers: readonly PreparedMunicipality[],
): PreparedMunicipality[][] {
  if (!round.config.allowChaining || round.maxStops < 2 || travellers.length < 2) {
    return travellers.map((municipality) => [municipality]);
  }
  const routes: (Route | null)[] = travellers.map((municipality) => ({
    stops: [municipality],
    days: municipality.allowed,
  }));
  const routeOf = travellers.map((_, i) => i);
  const position = new Map(travellers.map((municipality, i) => [municipality, i]));

  for (const saving of candidateSavings(round, travellers)) {
    const ra = routeOf[saving.a];
    const rb = routeOf[saving.b];
    if (ra === rb) continue;
    const routeA = routes[ra];
    const routeB = routes[rb];
    if (!routeA || !routeB || routeA.stops.length + routeB.stops.length > round.maxStops) continue;
    const joined = joinAtEnds(routeA.stops, travellers[saving.a], routeB.stops, travellers[saving.b]);
    if (!joined) continue;
    const days = routeA.days.intersect(routeB.days);
    if (days.count() === 0 || !earliestTripTiming(round, tripLegs(round, joined))) continue;
    routes[ra] = { stops: joined, days };
    routes[rb] = null;
    for (const municipality of routeB.stops) routeOf[position.get(municipality) ?? -1] = ra;
  }

  return routes
    .filter((route): route is Route => route !== null)
    .map((route) => bestOrder(round, route.stops))
    .sort((a, b) => Math.min(...a.map((m) => m.index)) - Math.min(...b.map((m) => m.index)));
}

/** Savings of joining pairs of nearby seats, best first; ties broken by index so the result is deterministic. */
function candidateSavings(round: PreparedRound, travellers: readonly PreparedMunicipality[]): Saving[] {
  const savings: Saving[] = [];
  const seen = new Set<number>();
  const count = travellers.length;
  nearestNeighbours(travellers, Math.min(NEIGHBOURS, count - 1)).forEach((neighbours, a) => {
    for (const b of neighbours) {
      const [low, high] = a < b ? [a, b] : [b, a];
      const key = low * count + high;
      if (seen.has(key)) continue;
      seen.add(key);
      const first = travellers[low];
      const second = travellers[high];
      const between = legMinutes(first.seat, second.seat, round.config);
      const minutes = first.officeLegMinutes + second.officeLegMinutes - between;
      if (minutes <= 0) continue;
      const km = first.officeKm + second.officeKm - haversineKm(first.seat, second.seat);
      savings.push({ a: low, b: high, minutes, km });
    }
  });
  return savings.sort((x, y) => y.minutes - x.minutes || y.km - x.km || x.a - y.a || x.b - y.b);
}

/** The k nearest seats of each seat, by chord length on the unit sphere (same order as great-circle). */
function nearestNeighbours(travellers: readonly PreparedMunicipality[], k: number): number[][] {
  const count = travellers.length;
  const xyz = new Float64Array(3 * count);
  travellers.forEach(({ seat }, i) => {
    const lat = (seat.lat * Math.PI) / 180;
    const lon = (seat.lon * Math.PI) / 180;
    xyz[3 * i] = Math.cos(lat) * Math.cos(lon);
    xyz[3 * i + 1] = Math.cos(lat) * Math.sin(lon);
    xyz[3 * i + 2] = Math.sin(lat);
  });
  const result: number[][] = [];
  const bestIndex = new Int32Array(k);
  const bestDistance = new Float64Array(k);
  for (let i = 0; i < count; i++) {
    let size = 0;
    const [x, y, z] = [xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2]];
    for (let j = 0; j < count; j++) {
      if (i === j) continue;
      const dx = x - xyz[3 * j];
      const dy = y - xyz[3 * j + 1];
      const dz = z - xyz[3 * j + 2];
      const distance = dx * dx + dy * dy + dz * dz;
      if (size === k && distance >= bestDistance[k - 1]) continue;
      // Insertion into the sorted top-k (ties keep the lower index first).
      let at = size < k ? size++ : k - 1;
      while (at > 0 && bestDistance[at - 1] > distance) {
        bestDistance[at] = bestDistance[at - 1];
        bestIndex[at] = bestIndex[at - 1];
        at--;
      }
      bestDistance[at] = distance;
      bestIndex[at] = j;
    }
    result.push(Array.from(bestIndex.subarray(0, size)));
  }
  return result;
}

/** Joins two routes so that `a` and `b` become neighbours, when both sit at an end of their route. */
function joinAtEnds(
  routeA: PreparedMunicipality[],
  a: PreparedMunicipality,
  routeB: PreparedMunicipality[],
  b: PreparedMunicipality,
): PreparedMunicipality[] | null {
  const aAtEnd = routeA[routeA.length - 1] === a;
  const aAtStart = routeA[0] === a;
  const bAtStart = routeB[0] === b;
  const bAtEnd = routeB[routeB.length - 1] === b;
  if (!(aAtEnd || aAtStart) || !(bAtStart || bAtEnd)) return null;
  const left = aAtEnd ? routeA : [...routeA].reverse();
  const right = bAtStart ? routeB : [...routeB].reverse();
  return [...left, ...right];
}

/**
 * The visiting order with the least travel that fits the day (exhaustive for short trips); ties go to the
 * order whose ids sort first, so the same trip always comes out the same way round.
 */
function bestOrder(round: PreparedRound, stops: PreparedMunicipality[]): PreparedMunicipality[] {
  if (stops.length === 1) return stops;
  const candidates =
    stops.length <= MAX_EXHAUSTIVE_STOPS ? permutations(stops) : [stops, [...stops].reverse()];
  let best = stops;
  let bestMinutes = Number.POSITIVE_INFINITY;
  for (const order of candidates) {
    const legs = tripLegs(round, order);
    if (!earliestTripTiming(round, legs)) continue;
    const minutes = legs.reduce((sum, leg) => sum + leg, 0);
    if (minutes < bestMinutes || (minutes === bestMinutes && idsBefore(order, best))) {
      best = order;
      bestMinutes = minutes;
    }
  }
  return best;
}

function idsBefore(a: readonly PreparedMunicipality[], b: readonly PreparedMunicipality[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i].index !== b[i].index) return a[i].index < b[i].index;
  return false;
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  const result: T[][] = [];
  items.forEach((item, i) => {
    const rest = [...items.slice(0, i), ...items.slice(i + 1)];
    for (const tail of permutations(rest)) result.push([item, ...tail]);
  });
  return result;
}
