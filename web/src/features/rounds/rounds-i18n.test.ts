import { describe, expect, it } from 'vitest';
import en from './rounds.en.json';
import sv from './rounds.sv.json';

function keys(messages: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keys(value as Record<string, unknown>, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

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
