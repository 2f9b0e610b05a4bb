import { useSearchParams } from 'react-router';

/**
 * A list page's filters kept in the URL (the API's query names, so links.ts can link to a filtered list).
 * `update` sets or removes (null or '') several at once, replacing the history entry.
 */
export function useUrlFilters(): [URLSearchParams, (changes: Record<string, string | null>) => void] {
  const [params, setParams] = useSearchParams();
  function update(changes: Record<string, string | null>) {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value === null || value === '') next.delete(name);
      else next.set(name, value);
    }
    setParams(next, { replace: true });
  }
  return [params, update];
}
