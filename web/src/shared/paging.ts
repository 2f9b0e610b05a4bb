/**
 * A list's page in the URL: `page` (1-based) and `limit` (the API's page size). The API pages every list
 * with `limit` + `offset` and answers `total` (src/common/validation/zod-dto.ts), so the offset is
 * (page − 1) × limit and the last page is ceil(total / limit).
 */
export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;

export interface Paging {
  /** 1-based. */
  page: number;
  limit: number;
  offset: number;
}

/** The page the URL asks for; a missing or hand-edited value falls back to the first page of the default size. */
export function pagingFrom(
  params: URLSearchParams,
  sizes: readonly number[] = PAGE_SIZES,
  defaultSize: number = DEFAULT_PAGE_SIZE,
): Paging {
  const pageText = params.get('page') ?? '';
  const page = /^[1-9]\d{0,5}$/.test(pageText) ? Number(pageText) : 1;
  const asked = Number(params.get('limit'));
  const limit = sizes.includes(asked) ? asked : defaultSize;
  return { page, limit, offset: (page - 1) * limit };
}

/** How many pages `total` items make (at least one, so an empty list is "page 1 of 1"). */
export function pageCount(total: number, limit: number): number {
  return Math.max(1, Math.ceil(total / limit));
}

/** The 1-based numbers of the first and last item on the page (0–0 past the end or when empty). */
export function shownRange(total: number, paging: Paging): { first: number; last: number } {
  if (paging.offset >= total) return { first: 0, last: 0 };
  return { first: paging.offset + 1, last: Math.min(total, paging.offset + paging.limit) };
}
