import { describe, expect, it } from 'vitest';
import { messageKeys } from '../../shared/i18n/message-keys';
import { AGREEMENT_PARTS, CADENCE_PRESETS, EXPECTATION_METRICS, WEEKDAYS } from './agreement-form';
import en from './municipality.en.json';
import sv from './municipality.sv.json';

describe('municipality texts', () => {
  it('has every Swedish text in English too, and nothing English only', () => {
    expect(messageKeys(en).sort()).toEqual(messageKeys(sv).sort());
  });

  it('has words for every metric, changed part, named cadence and weekday the page shows', () => {
    expect(Object.keys(sv.metric).sort()).toEqual([...EXPECTATION_METRICS].sort());
    expect(Object.keys(sv.part).sort()).toEqual([...AGREEMENT_PARTS].sort());
    expect(Object.keys(sv.cadencePreset).sort()).toEqual([...CADENCE_PRESETS].sort());
    expect(Object.keys(sv.weekday).map(Number)).toEqual(WEEKDAYS);
  });
});
