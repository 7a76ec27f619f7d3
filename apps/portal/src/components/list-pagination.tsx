import { Pagination, usePagination } from '@digdir/designsystemet-react';
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
  const { pages: items, prevButtonProps, nextButtonProps } = usePagination({
    currentPage: page,
    totalPages: pages,
    showPages: 7,
    setCurrentPage: onPage,
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
