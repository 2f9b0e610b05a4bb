import { describe, expect, it } from 'vitest';
import { createI18n } from '../../app/i18n';
import { messageKeys as keys } from '../../shared/i18n/message-keys';
import en from './rounds.en.json';
import sv from './rounds.sv.json';

describe('rounds texts', () => {
  it('has every Swedish text in English too, and nothing English only', () => {
    expect(keys(en).sort()).toEqual(keys(sv).sort());
  });

  it('has a word for every round status, meeting mode and planning phase', () => {
    expect(Object.keys(sv.status).sort()).toEqual(['confirmed', 'draft', 'failed', 'planning']);
    expect(Object.keys(sv.modes).sort()).toEqual(['digital', 'hybrid', 'onsite']);
    expect(Object.keys(sv.detail.phase).sort()).toEqual(['done', 'failed', 'planning', 'queued', 'storing']);
  });

  it('writes the travel hours with the language’s decimal sign', async () => {
    const i18n = createI18n('sv');
    await i18n.loadNamespaces('rounds');
    const summary = { placed: 5, total: 6, trips: 4, hours: 9.8 };
    expect(i18n.t('rounds:detail.summary', summary)).toBe(
      '5 av 6 kommuner har fått en tid. Resor: 4, sammanlagt 9,8 timmar.',
    );
    await i18n.changeLanguage('en');
    expect(i18n.t('rounds:detail.summary', summary)).toContain('9.8 hours in all');
  });
});
