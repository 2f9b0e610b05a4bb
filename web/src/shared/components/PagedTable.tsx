import { Paragraph, Table } from '@digdir/designsystemet-react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { UrlPaging } from '../useUrlFilters';
import { ErrorMessage } from './ErrorMessage';
import { ListPager } from './ListPager';
import { PageSkeleton } from './PageSkeleton';

interface Page<T> {
  items: T[];
  total: number;
}

/**
 * A paged list from the API as a table: a skeleton while loading, the failure with "try again", the
 * `empty` text when nothing matches, else the page's rows (`row` gives each one's <Table.Row>) and the
 * pager (useUrlPaging's page in the URL).
 */
export function PagedTable<T>({
  result,
  paging,
  caption,
  empty,
  columns,
  row,
}: {
  result: UseQueryResult<Page<T>>;
  paging: UrlPaging;
  caption: string;
  empty: string;
  columns: string[];
  row: (item: T) => ReactNode;
}) {
  if (result.isPending) return <PageSkeleton rows={6} />;
  if (result.isError) return <ErrorMessage error={result.error} onRetry={() => void result.refetch()} />;
  const { items, total } = result.data;
  if (total === 0 && paging.page === 1) return <Paragraph>{empty}</Paragraph>;
  return (
    <>
      {items.length > 0 && (
        <div className="table-scroll">
          <Table zebra data-size="sm">
            <caption className="visually-hidden">{caption}</caption>
            <Table.Head>
              <Table.Row>
                {columns.map((column) => (
                  <Table.HeaderCell key={column}>{column}</Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Head>
            <Table.Body>{items.map(row)}</Table.Body>
          </Table>
        </div>
      )}
      <ListPager paging={paging} total={total} label={caption} />
    </>
  );
}
