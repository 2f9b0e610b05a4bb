/** A run of words of a text diff: in both versions, only in the new one, or only in the old one. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Above this many word pairs the diff is the old text struck and the new one added, whole. */
const MAX_PAIRS = 250_000;

function tokens(text: string): string[] {
  return text.split(/(\s+)/).filter((token) => token !== '');
}

function push(parts: DiffPart[], kind: DiffPart['kind'], text: string): void {
  const last = parts[parts.length - 1];
  if (last?.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

/**
 * The difference of two texts word by word (spaces and line breaks kept), by the longest common run of
 * words: what stayed, what was struck and what was written. Null on either side: no text.
 */
export function wordDiff(before: string | null, after: string | null): DiffPart[] {
  const a = tokens(before ?? '');
  const b = tokens(after ?? '');
  const parts: DiffPart[] = [];
  if (a.length * b.length > MAX_PAIRS) {
    if (a.length) push(parts, 'removed', a.join(''));
    if (b.length) push(parts, 'added', b.join(''));
    return parts;
  }
  // lcs[i][j]: the longest common run of a[i…] and b[j…].
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push(parts, 'same', a[i]);
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) push(parts, 'removed', a[i++]);
    else push(parts, 'added', b[j++]);
  }
  while (i < a.length) push(parts, 'removed', a[i++]);
  while (j < b.length) push(parts, 'added', b[j++]);
  return parts;
}
