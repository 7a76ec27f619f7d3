import { Pagination, usePagination } from '@digdir/designsystemet-react';
import { useCallback, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface ListPaginationProps {
  /** 1-based. */
  page: number;
  pages: number;
  onPage: (page: number) => void;
}

/** Designsystemet's pagination: previous, a window of page numbers, next. Nothing for one page. */
export function ListPagination({ page, pages, onPage }: ListPaginationProps) {
  const { t } = useTranslation();
  // usePagination memoises its click handlers on page and page count only: handed `onPage`
  // directly, a page turn after a new search with the same count ran the old search's handler
  // and dropped the search. It gets a stable function calling the latest `onPage` instead.
  const latestOnPage = useRef(onPage);
  useLayoutEffect(() => {
    latestOnPage.current = onPage;
  });
  const turnPage = useCallback((to: number) => latestOnPage.current(to), []);
  const {
    pages: items,
    prevButtonProps,
    nextButtonProps,
  } = usePagination({
    currentPage: page,
    totalPages: pages,
    showPages: 7,
    setCurrentPage: turnPage,
  });
  if (pages <= 1) return null;
  return (
    <Pagination aria-label={t('pagination.label')} className="list-pagination">
      <Pagination.List>
        <Pagination.Item>
          <Pagination.Button {...prevButtonProps} aria-label={t('pagination.previousPage')}>
            {t('pagination.previous')}
          </Pagination.Button>
        </Pagination.Item>
        {items.map(({ page: number, itemKey, buttonProps }) => (
          <Pagination.Item key={itemKey}>
            {typeof number === 'number' && (
              <Pagination.Button {...buttonProps} aria-label={t('pagination.page', { page: number })}>
                {number}
              </Pagination.Button>
            )}
          </Pagination.Item>
        ))}
        <Pagination.Item>
          <Pagination.Button {...nextButtonProps} aria-label={t('pagination.nextPage')}>
            {t('pagination.next')}
          </Pagination.Button>
        </Pagination.Item>
      </Pagination.List>
    </Pagination>
  );
}
