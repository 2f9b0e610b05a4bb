import { describe, expect, it } from 'vitest';
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
});
