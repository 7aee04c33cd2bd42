import { useState } from 'react';
import { LinearProgress, Table, TableBody, TableCell, TableFooter, TableHead, TablePagination, TableRow, Typography } from '@mui/material';
import { useGetList, useRecordContext, useTranslate } from 'react-admin';
import type { Draw } from '../draws';
import type { Entity } from '../entities';
import { useDrawRecord } from '../draws/useDrawRecord';
import type { Task } from '.';

const PER_PAGE = 25;

/**
 * 抽取结果 of a dispatched task, read from its valid record: the entities drawn, in draw order, with their district.
 * Their teams are matched by the districts and belong to them (see the shares below). Names are fetched a page at a
 * time: a city-wide draw can select thousands.
 */
export const TaskSelection = () => {
  const task = useRecordContext<Task>();
  const translate = useTranslate();
  const [page, setPage] = useState(0);
  const { data: draws } = useGetList<Draw>('draws', { filter: { taskId: task?.id, status: 'valid', kind: 'entities' }, pagination: { page: 1, perPage: 1 } }, { enabled: task != null });
  const { data: record } = useDrawRecord(draws?.[0]?.id);
  const shown = record?.selected.slice(page * PER_PAGE, (page + 1) * PER_PAGE) ?? [];
  const { data: entities } = useGetList<Entity>('entities', { filter: { uscc: shown }, pagination: { page: 1, perPage: PER_PAGE } }, { enabled: shown.length > 0 });
  if (draws && !draws.length) return <Typography variant="body2">{translate('qd.tasks.not_drawn')}</Typography>;
  if (!record) return <LinearProgress />;
  const stratumOf = new Map(record.pool.map((p) => [p.id, p.stratum]));
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
        {shown.map((uscc) => (
          <TableRow key={uscc}>
            <TableCell>{nameOf.get(uscc) ?? ''}</TableCell>
            <TableCell>{uscc}</TableCell>
            <TableCell>{stratumOf.get(uscc)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
      {record.selected.length > PER_PAGE && (
        <TableFooter>
          <TableRow>
            <TablePagination
              count={record.selected.length}
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
