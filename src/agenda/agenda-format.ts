import { DateTime } from 'luxon';
import type { Locale } from '../person/person.entity.js';
import type { AgendaItemType } from './agenda.entity.js';

const INTL_LOCALE: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

/** `tisdag 10 februari 2026 kl. 10:00–11:30` / `Tuesday 10 February 2026, 10:00–11:30`, in the business zone. */
export function formatMeetingWhen(start: Date, end: Date, zone: string, locale: Locale): string {
  const from = DateTime.fromJSDate(start, { zone }).setLocale(INTL_LOCALE[locale]);
  const to = DateTime.fromJSDate(end, { zone }).setLocale(INTL_LOCALE[locale]);
  const day = from.toFormat(locale === 'sv' ? 'cccc d LLLL yyyy' : 'cccc d LLLL yyyy');
  const times = `${from.toFormat('HH:mm')}–${to.toFormat('HH:mm')}`;
  return locale === 'sv' ? `${day} kl. ${times}` : `${day}, ${times}`;
}

/** A local date (YYYY-MM-DD) in words: `3 februari 2026`. */
export function formatLocalDate(date: string, locale: Locale): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).setLocale(INTL_LOCALE[locale]).toFormat('d LLLL yyyy');
}

/** An instant as a local date and time in words: `3 februari 2026 kl. 23:59`. */
export function formatInstant(instant: Date, zone: string, locale: Locale): string {
  const local = DateTime.fromJSDate(instant, { zone }).setLocale(INTL_LOCALE[locale]);
  return locale === 'sv'
    ? `${local.toFormat('d LLLL yyyy')} kl. ${local.toFormat('HH:mm')}`
    : `${local.toFormat('d LLLL yyyy')}, ${local.toFormat('HH:mm')}`;
}

export const ITEM_TYPE_LABELS: Record<Locale, Record<AgendaItemType, string>> = {
  sv: {
    information: 'Information',
    discussion: 'Diskussion',
    decision: 'Beslut',
    'follow-up': 'Uppföljning',
  },
  en: {
    information: 'Information',
    discussion: 'Discussion',
    decision: 'Decision',
    'follow-up': 'Follow-up',
  },
};

export const PARTY_LABELS: Record<Locale, Record<'region' | 'municipality', string>> = {
  sv: { region: 'Regionen', municipality: 'Kommunen' },
  en: { region: 'The region', municipality: 'The municipality' },
};
