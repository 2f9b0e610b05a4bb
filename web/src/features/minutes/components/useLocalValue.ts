import { useState } from 'react';
import { normalized, sameContent } from '../drafts/minutes-parts';

/**
 * What a field shows while the secretary types: their own text, kept as typed (a trailing space, an empty
 * decision row) while the server's copy says the same thing; replaced when the part changes elsewhere (a
 * colleague's saved text on a refetch, a conflict settled, a draft read back after a reload).
 */
export function useLocalValue<V>(part: string, outside: V): [V, (value: V) => void] {
  const [local, setLocal] = useState(outside);
  const key = JSON.stringify(normalized(part, outside));
  const [seen, setSeen] = useState(key);
  if (key !== seen) {
    setSeen(key);
    if (!sameContent(part, local, outside)) setLocal(outside);
  }
  return [local, setLocal];
}
