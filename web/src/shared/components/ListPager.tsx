import { Field, Label, Pagination, Paragraph, Select, usePagination } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { pageCount, shownRange } from '../paging';
import type { UrlPaging } from '../useUrlFilters';

/**
 * Under a paged list: which items show ("Visar 26–50 av 120"), the pages (Designsystemet's Pagination)
 * and the page size. With `paging` from useUrlPaging() and the API answer's `total`:
 * `<ListPager paging={paging} total={data.total} label={t('title')} />`.
 */
export function ListPager({ paging, total, label }: { paging: UrlPaging; total: number; label: string }) {
  const { t } = useTranslation();
  const totalPages = pageCount(total, paging.limit);
  const { first, last } = shownRange(total, paging);
  const { pages, prevButtonProps, nextButtonProps } = usePagination({
    currentPage: paging.page,
    // Past the end (a hand-edited URL, rows gone since), the page asked for stays in the pager.
    totalPages: Math.max(totalPages, paging.page),
    showPages: 7,
    setCurrentPage: (page) => {
      paging.setPage(page);
      window.scrollTo?.({ top: 0 });
    },
  });
  return (
    <div className="list-pager">
      <Paragraph data-size="sm" className="list-pager__shown" aria-live="polite">
        {first > 0
          ? t('paging.shown', { first, last, total })
          : t('paging.pastTheEnd', { page: paging.page })}
      </Paragraph>
      {(totalPages > 1 || paging.page > 1) && (
        <Pagination aria-label={t('paging.label', { list: label })}>
          <Pagination.List>
            <Pagination.Item>
              <Pagination.Button variant="tertiary" {...prevButtonProps} aria-label={t('paging.previous')}>
                {t('paging.previousShort')}
              </Pagination.Button>
            </Pagination.Item>
            {pages.map(({ page, itemKey, buttonProps }) => (
              <Pagination.Item key={itemKey}>
                {typeof page === 'number' && (
                  <Pagination.Button
                    variant="tertiary"
                    {...buttonProps}
                    aria-label={t('paging.page', { page })}
                  >
                    {page}
                  </Pagination.Button>
                )}
              </Pagination.Item>
            ))}
            <Pagination.Item>
              <Pagination.Button variant="tertiary" {...nextButtonProps} aria-label={t('paging.next')}>
                {t('paging.nextShort')}
              </Pagination.Button>
            </Pagination.Item>
          </Pagination.List>
        </Pagination>
      )}
      <Field className="list-pager__size">
        <Label>{t('paging.size')}</Label>
        <Select value={String(paging.limit)} onChange={(e) => paging.setLimit(Number(e.target.value))}>
          {paging.sizes.map((size) => (
            <Select.Option key={size} value={String(size)}>
              {size}
            </Select.Option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
