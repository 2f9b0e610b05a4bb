import type { GeoPoint, SchedulerConfig } from './scheduler.types.js';

const EARTH_RADIUS_KM = 6371.0088;
/** Seats closer than this are the same place: no travel and no buffer (e.g. Umeå's seat and the office). */
export const SAME_PLACE_KM = 0.5;

function radians(degrees: number): number {
  return (degrees * Math.PI) / 180;
}

/** Great-circle distance by the haversine formula. */
export function haversineKm(a: GeoPoint, b: GeoPoint): number {
  const dLat = radians(b.lat - a.lat);
  const dLon = radians(b.lon - a.lon);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export type TravelSettings = Pick<SchedulerConfig, 'roadFactor' | 'averageSpeedKmh' | 'travelBufferMinutes'>;

/** Whole minutes for one leg: road distance at the average speed, rounded up, plus the buffer. */
export function legMinutesForKm(km: number, travel: TravelSettings): number {
  if (km < SAME_PLACE_KM) return 0;
  return Math.ceil(((km * travel.roadFactor) / travel.averageSpeedKmh) * 60) + travel.travelBufferMinutes;
}

export function legMinutes(a: GeoPoint, b: GeoPoint, travel: TravelSettings): number {
  return legMinutesForKm(haversineKm(a, b), travel);
}

/** Kilometres rounded to one decimal for output. */
export function roundKm(km: number): number {
  return Math.round(km * 10) / 10;
}
