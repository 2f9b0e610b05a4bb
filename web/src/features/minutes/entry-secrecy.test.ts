import { describe, expect, it } from 'vitest';
import { entrySecrecyBody, entrySecrecyOf, sameEntrySecrecy } from './entry-secrecy';

describe('a minutes entry’s own secrecy marking', () => {
  it('is read from the entry only when the minutes set it', () => {
    expect(
      entrySecrecyOf({ secrecySource: 'minutes', secrecyGround: '21 kap. 1 § OSL', secrecyNote: null }),
    ).toEqual({ restricted: true, ground: '21 kap. 1 § OSL', note: '' });
    expect(
      entrySecrecyOf({ secrecySource: 'agenda', secrecyGround: '19 kap. 3 § OSL', secrecyNote: 'x' }),
    ).toEqual({ restricted: false, ground: '', note: '' });
    expect(entrySecrecyOf({ secrecySource: null, secrecyGround: null, secrecyNote: null }).restricted).toBe(
      false,
    );
  });

  it('sends the ground with a trimmed note, or public alone', () => {
    expect(
      entrySecrecyBody({ restricted: true, ground: '21 kap. 1 § OSL', note: '  Elevens hälsa ' }),
    ).toEqual({
      visibility: 'restricted',
      secrecyGround: '21 kap. 1 § OSL',
      secrecyNote: 'Elevens hälsa',
    });
    expect(entrySecrecyBody({ restricted: true, ground: '21 kap. 1 § OSL', note: ' ' })).toEqual({
      visibility: 'restricted',
      secrecyGround: '21 kap. 1 § OSL',
      secrecyNote: null,
    });
    expect(entrySecrecyBody({ restricted: false, ground: '', note: '' })).toEqual({ visibility: 'public' });
  });

  it('is unchanged when only blank space differs, or when public either way', () => {
    const saved = { restricted: true, ground: '21 kap. 1 § OSL', note: 'Hälsa' };
    expect(sameEntrySecrecy({ ...saved, note: 'Hälsa ' }, saved)).toBe(true);
    expect(sameEntrySecrecy({ ...saved, ground: '19 kap. 3 § OSL' }, saved)).toBe(false);
    expect(
      sameEntrySecrecy(
        { restricted: false, ground: 'x', note: '' },
        { restricted: false, ground: '', note: '' },
      ),
    ).toBe(true);
    expect(sameEntrySecrecy({ ...saved, restricted: false }, saved)).toBe(false);
  });
});
