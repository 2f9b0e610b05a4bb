import { useSearchParams } from 'react-router';
import { DEFAULT_PAGE_SIZE, PAGE_SIZES, type Paging, pagingFrom } from './paging';

type Update = (changes: Record<string, string | null>, options?: { push?: boolean }) => void;

/**
 * A list page's filters kept in the URL (the API's query names, so links.ts can link to a filtered list).
 * `update` sets or removes (null or '') several at once, replacing the history entry; `push` adds one
 * instead (paging, so Back returns to the page before). Any change that does not name `page` goes back to
 * the first page: a new filter's results start at their beginning.
 */
export function useUrlFilters(): [URLSearchParams, Update] {
  const [params, setParams] = useSearchParams();
  const update: Update = (changes, options) => {
    const next = new URLSearchParams(params);
    if (!('page' in changes)) next.delete('page');
    for (const [name, value] of Object.entries(changes)) {
      if (value === null || value === '') next.delete(name);
      else next.set(name, value);
    }
    // flushSync: a checkbox or select bound to the URL shows its new value at once, instead of springing
    // back until the navigation's transition commits.
    setParams(next, { replace: !options?.push, flushSync: true });
  };
  return [params, update];
}

export interface UrlPaging extends Paging {
  sizes: readonly number[];
  setPage: (page: number) => void;
  setLimit: (limit: number) => void;
}

/**
 * The list's page in the URL (`page`, `limit`), beside its filters: pass `limit` and `offset` to the API
 * and the answer's `total` to <ListPager/>. The first page and the default size leave the URL clean.
 */
export function useUrlPaging(
  sizes: readonly number[] = PAGE_SIZES,
  defaultSize: number = DEFAULT_PAGE_SIZE,
): UrlPaging {
  const [params, update] = useUrlFilters();
  const paging = pagingFrom(params, sizes, defaultSize);
  return {
    ...paging,
    sizes,
    setPage: (page) => update({ page: page > 1 ? String(page) : null }, { push: true }),
    setLimit: (limit) => update({ limit: limit === defaultSize ? null : String(limit) }),
  };
}
