import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from './i18n/signals.en.json';
import sv from './i18n/signals.sv.json';
import { signalText } from './signal-text';

describe('signalText', () => {
  beforeAll(async () => {
    await i18next.init({
      lng: 'sv',
      resources: { sv: { signals: sv }, en: { signals: en } },
    });
  });

  it('words a share and a count in the reader’s language', async () => {
    const share = {
      metric: 'actions_on_time' as const,
      level: 'partly' as const,
      summary: 'Åtgärder klara i tid: 70 % (7 av 10)',
      numerator: 7,
      denominator: 10,
      ratio: 0.7,
    };
    const overdue = {
      metric: 'actions_overdue' as const,
      level: 'partly' as const,
      summary: 'Försenade åtgärder: 2',
      numerator: 2,
      denominator: null,
      ratio: null,
    };
    expect(signalText(share, i18next.t)).toBe('70 % klara i tid (7 av 10)');
    expect(signalText(overdue, i18next.t)).toBe('2 försenade åtgärder');
    await i18next.changeLanguage('en');
    expect(signalText(share, i18next.t)).toBe('70 % done on time (7 of 10)');
    expect(signalText({ ...overdue, numerator: 1 }, i18next.t)).toBe('1 overdue action');
  });

  it('falls back on the API’s summary without figures', () => {
    const odd = {
      metric: 'questions_open' as const,
      level: 'neutral' as const,
      summary: 'Öppna frågor: ?',
      numerator: null,
      denominator: null,
      ratio: null,
    };
    expect(signalText(odd, i18next.t)).toBe('Öppna frågor: ?');
  });
});
