import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { LinearProgress, Table, TableBody, TableCell, TableFooter, TableHead, TablePagination, TableRow, Typography } from '@mui/material';
import { useDataProvider, useGetList, useRecordContext, useTranslate } from 'react-admin';
import type { Draw, Entity, Task } from '../records';
import type { QdDataProvider } from '../providers/dataProvider';

const PER_PAGE = 25;

/**
 * 抽取结果 of a dispatched task, read from its valid record: the entities drawn, in draw order, with their district.
 * Their teams are matched by the districts and belong to them (see the shares below). The selection is fetched a
 * page at a time from the server: a city-wide draw selects tens of thousands.
 */
export const TaskSelection = () => {
  const task = useRecordContext<Task>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<QdDataProvider>();
  const [page, setPage] = useState(0);
  const { data: draws } = useGetList<Draw>(
    'draws',
    { filter: { taskId: task?.id, status: 'valid', kind: 'entities' }, pagination: { page: 1, perPage: 1 } },
    { enabled: task != null },
  );
  const drawId = draws?.[0]?.id;
  const { data: selection } = useQuery({
    queryKey: ['draws', 'getDrawSelection', { id: String(drawId), page }],
    queryFn: () => dataProvider.getDrawSelection(drawId!, page + 1, PER_PAGE),
    enabled: drawId != null,
  });
  const shown = selection?.data ?? [];
  const { data: entities } = useGetList<Entity>(
    'entities',
    { filter: { uscc: shown.map((s) => s.uscc) }, pagination: { page: 1, perPage: PER_PAGE } },
    { enabled: shown.length > 0 },
  );
  if (draws && !draws.length) return <Typography variant="body2">{translate('qd.tasks.not_drawn')}</Typography>;
  if (!selection) return <LinearProgress />;
  const nameOf = new Map(entities?.map((e) => [e.uscc, e.name]));
  return (
    <Table size="small" aria-label={translate('qd.tasks.sections.results')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.assignments.fields.entityId')}</TableCell>
          <TableCell>{translate('resources.assignments.fields.uscc')}</TableCell>
          <TableCell>{translate('resources.assignments.fields.stratum')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {shown.map((s) => (
          <TableRow key={s.uscc}>
            <TableCell>{nameOf.get(s.uscc) ?? ''}</TableCell>
            <TableCell>{s.uscc}</TableCell>
            <TableCell>{s.stratum}</TableCell>
          </TableRow>
        ))}
      </TableBody>
      {selection.total > PER_PAGE && (
        <TableFooter>
          <TableRow>
            <TablePagination
              count={selection.total}
              page={page}
              rowsPerPage={PER_PAGE}
              rowsPerPageOptions={[PER_PAGE]}
              onPageChange={(_, next) => setPage(next)}
              labelDisplayedRows={({ from, to, count }) => translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count })}
            />
          </TableRow>
        </TableFooter>
      )}
    </Table>
  );
};
