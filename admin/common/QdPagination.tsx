import type { ComponentType } from 'react';
import type { LabelDisplayedRowsArgs } from '@mui/material';
import { Pagination, useListContext, useTranslate, type PaginationProps } from 'react-admin';
import { totalIsLowerBound } from '../providers/dataProvider';

// react-admin's Pagination passes its other props on to MUI's TablePagination (its own label comes first).
const TablePaging = Pagination as ComponentType<PaginationProps & { labelDisplayedRows?: (args: LabelDisplayedRowsArgs) => string }>;

/**
 * react-admin's pagination, saying "共 10,000+ 条" when the API counted only up to its limit (a search with tens of
 * thousands of matches): paging goes on, and the count grows as the pages near it. For every list over a big table.
 */
export const QdPagination = (props: PaginationProps) => {
  const { meta } = useListContext();
  const translate = useTranslate();
  if (!totalIsLowerBound(meta)) return <Pagination {...props} />;
  return (
    <TablePaging
      {...props}
      labelDisplayedRows={({ from, to, count }) =>
        translate('qd.list.page_range_lower_bound', { offsetBegin: from, offsetEnd: to, total: count.toLocaleString() })
      }
    />
  );
};
