import { z } from 'zod';
import { defineResource } from './types.js';
import type { Queryable } from '../store/db.js';
import type { Calendar } from '../domain/workdays.js';

/** 工作日历: official days off and make-up workdays (调休); admins keep it, everyone reads it. */
export const holidays = defineResource({
  name: 'holidays',
  subject: 'Holiday',
  schema: z.object({
    date: z.iso.date(),
    kind: z.enum(['holiday', 'workday']),
    name: z.string().trim().min(1).max(30),
  }),
  search: ['name'],
  defaultSort: ['date', 'ASC'],
});

/** The calendar as stored (a few dozen rows a year: read whole). */
export async function loadCalendar(q: Queryable): Promise<Calendar> {
  const rows = await q.query<{ date: string; kind: string }>('SELECT date, kind FROM holidays');
  return {
    holidays: new Set(rows.filter((r) => r.kind === 'holiday').map((r) => r.date)),
    workdays: new Set(rows.filter((r) => r.kind === 'workday').map((r) => r.date)),
  };
}
