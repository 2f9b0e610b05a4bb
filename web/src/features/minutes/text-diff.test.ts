import { describe, expect, it } from 'vitest';
import { wordDiff } from './text-diff';

describe('wordDiff', () => {
  it('keeps what stayed and marks the words struck and written', () => {
    expect(wordDiff('Två nya etableringar i Umeå.', 'Tre nya etableringar i Sorsele.')).toEqual([
      { kind: 'removed', text: 'Två' },
      { kind: 'added', text: 'Tre' },
      { kind: 'same', text: ' nya etableringar i ' },
      { kind: 'removed', text: 'Umeå.' },
      { kind: 'added', text: 'Sorsele.' },
    ]);
  });

  it('gives a text written from nothing as added, one removed as struck, and nothing for the same text', () => {
    expect(wordDiff(null, 'Ŋuolla đ ŧ')).toEqual([{ kind: 'added', text: 'Ŋuolla đ ŧ' }]);
    expect(wordDiff('Beslut A\nBeslut B', null)).toEqual([{ kind: 'removed', text: 'Beslut A\nBeslut B' }]);
    expect(wordDiff('Samma', 'Samma')).toEqual([{ kind: 'same', text: 'Samma' }]);
    expect(wordDiff(null, null)).toEqual([]);
  });

  it('joins the parts back into both texts', () => {
    const before = 'Regionen bjuder in till en kompetensdag i mars.';
    const after = 'Regionen och kommunen bjuder tillsammans in till en kompetensdag i april.';
    const parts = wordDiff(before, after);
    const text = (kinds: string[]) =>
      parts
        .filter((part) => kinds.includes(part.kind))
        .map((part) => part.text)
        .join('');
    expect(text(['same', 'removed'])).toBe(before);
    expect(text(['same', 'added'])).toBe(after);
  });
});
