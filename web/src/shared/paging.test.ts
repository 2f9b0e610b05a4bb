import { describe, expect, it } from 'vitest';
import { pageCount, pagingFrom, shownRange } from './paging';

describe('pagingFrom', () => {
  it('reads page and limit from the URL into the API’s limit and offset', () => {
    expect(pagingFrom(new URLSearchParams('page=3&limit=50'))).toEqual({ page: 3, limit: 50, offset: 100 });
  });

  it('falls back to the first page of the default size for missing or hand-edited values', () => {
    expect(pagingFrom(new URLSearchParams(''))).toEqual({ page: 1, limit: 25, offset: 0 });
    for (const query of ['page=0', 'page=-2', 'page=abc', 'page=1.5', 'page=99999999'])
      expect(pagingFrom(new URLSearchParams(query)).page).toBe(1);
    expect(pagingFrom(new URLSearchParams('limit=7')).limit).toBe(25);
    expect(pagingFrom(new URLSearchParams('limit=1000')).limit).toBe(25);
  });

  it('takes the sizes and the default of the list', () => {
    expect(pagingFrom(new URLSearchParams('page=2&limit=10'), [10, 20], 20)).toEqual({
      page: 2,
      limit: 10,
      offset: 10,
    });
    expect(pagingFrom(new URLSearchParams('limit=25'), [10, 20], 20).limit).toBe(20);
  });
});

describe('pageCount and shownRange', () => {
  it('counts whole pages, at least one', () => {
    expect(pageCount(0, 25)).toBe(1);
    expect(pageCount(25, 25)).toBe(1);
    expect(pageCount(26, 25)).toBe(2);
    expect(pageCount(120, 50)).toBe(3);
  });

  it('numbers the first and last item of the page', () => {
    expect(shownRange(120, { page: 1, limit: 50, offset: 0 })).toEqual({ first: 1, last: 50 });
    expect(shownRange(120, { page: 3, limit: 50, offset: 100 })).toEqual({ first: 101, last: 120 });
    expect(shownRange(120, { page: 4, limit: 50, offset: 150 })).toEqual({ first: 0, last: 0 });
    expect(shownRange(0, { page: 1, limit: 25, offset: 0 })).toEqual({ first: 0, last: 0 });
  });
});
