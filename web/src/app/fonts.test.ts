import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The code points the @font-face rules of fonts.css cover, from their unicode-range. */
function covered(css: string): (codePoint: number) => boolean {
  const ranges = [...css.matchAll(/unicode-range:([^;]+);/g)].flatMap((match) =>
    match[1].split(',').map((part) => {
      const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from, 16), parseInt(to ?? from, 16)] as const;
    }),
  );
  return (codePoint) => ranges.some(([from, to]) => codePoint >= from && codePoint <= to);
}

describe('the font subsets the app loads', () => {
  it('cover Swedish and the letters of the Sami languages (North, Lule, South, Inari, Skolt)', () => {
    const css = readFileSync(join(__dirname, 'fonts.css'), 'utf8');
    const inFont = covered(css);
    const letters = 'abcdefghijklmnopqrstuvwxyzåäöéüÅÄÖÉÜáÁčČđĐŋŊšŠŧŦžŽïÏæÆøØâÂõÕǥǤǧǦǩǨǯǮʒƷʹ–’€';
    const missing = [...letters].filter((letter) => !inFont(letter.codePointAt(0)!));
    expect(missing).toEqual([]);
  });
});
