import type { IoContext } from './context.js';
import { codeFromLabel, ENTITY_STATUS_LABELS, ENTITY_TYPE_LABELS, INSPECTOR_CATEGORY_LABELS, INSPECTOR_STATUS_LABELS } from '../domain/labels.js';

export type CellResult = { value: unknown } | { error: string };
type Rec = Record<string, unknown>;

/** One column of an import/export file: its Chinese header, and how a cell maps to the field and back. */
export interface IoColumn {
  field: string;
  header: string;
  /** Written on export, ignored on import (computed by the server). */
  exportOnly?: boolean;
  toCell(record: Rec, ctx: IoContext): string | number;
  fromCell?(text: string, ctx: IoContext, row: Rec): CellResult;
}

const ok = (value: unknown): CellResult => ({ value });
const text = (field: string, header: string): IoColumn => ({
  field,
  header,
  toCell: (r) => (r[field] as string) ?? '',
  fromCell: (t) => ok(t === '' ? null : t),
});
const coded = (field: string, header: string, labels: Record<string, string>): IoColumn => ({
  field,
  header,
  toCell: (r) => labels[r[field] as string] ?? (r[field] as string),
  fromCell: (t) => {
    if (t === '') return ok(undefined);
    const code = codeFromLabel(labels, t);
    return code ? ok(code) : { error: `应为：${Object.values(labels).join('、')}` };
  },
});

/** Dates as 2026-03-02, 2026/3/2 or 2026.3.2. */
export function parseDateCell(t: string): CellResult {
  const m = t.match(/^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/);
  if (!m) return { error: '日期格式应为 YYYY-MM-DD' };
  const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  return Number.isNaN(Date.parse(iso)) || new Date(iso).toISOString().slice(0, 10) !== iso ? { error: '不是有效日期' } : ok(iso);
}

const date = (field: string, header: string): IoColumn => ({
  field,
  header,
  toCell: (r) => (r[field] as string) ?? '',
  fromCell: (t) => (t === '' ? ok(undefined) : parseDateCell(t)),
});
const computed = (field: string, header: string, toCell: IoColumn['toCell']): IoColumn => ({ field, header, exportOnly: true, toCell });
const yesNo = (field: string, header: string) => computed(field, header, (r) => (r[field] ? '是' : '否'));

export const ENTITY_COLUMNS: IoColumn[] = [
  text('uscc', '统一社会信用代码'),
  text('name', '名称'),
  coded('type', '类型', ENTITY_TYPE_LABELS),
  {
    field: 'district',
    header: '所在区（市）',
    toCell: (r, ctx) => ctx.districtName(r.district as string),
    fromCell: (t, ctx) => {
      const unit = ctx.units.find((u) => u.code === t || ctx.districtName(u.code) === t);
      return unit && ctx.lookups.districts.has(unit.code) ? ok(unit.code) : { error: '不是青岛市的区（市）' };
    },
  },
  text('address', '地址'),
  text('legalRep', '法定代表人'),
  {
    field: 'lineIds',
    header: '业务条线',
    toCell: (r, ctx) => ((r.lineIds as number[]) ?? []).map((id) => ctx.lines.find((l) => l.id === id)?.name ?? id).join('、'),
    fromCell: (t, ctx) => {
      const names = t
        .split(/[、,，;；]/)
        .map((s) => s.trim())
        .filter(Boolean);
      const ids = names.map((n) => ctx.lines.find((l) => l.name === n)?.id);
      const unknown = names.filter((_, i) => !ids[i]);
      return unknown.length ? { error: `未知的业务条线：${unknown.join('、')}` } : ok(ids);
    },
  },
  coded('status', '状态', ENTITY_STATUS_LABELS),
  date('changedOn', '变动日期'),
  computed('recordedOn', '录入日期', (r) => (r.recordedOn as string) ?? ''),
  yesNo('overdue', '逾期录入'),
];

export const INSPECTOR_COLUMNS: IoColumn[] = [
  text('name', '姓名'),
  {
    field: 'unitId',
    header: '单位',
    toCell: (r, ctx) => ctx.units.find((u) => u.id === r.unitId)?.name ?? '',
    fromCell: (t, ctx) => {
      const unit = ctx.units.find((u) => u.name === t || u.code === t || ctx.districtName(u.code) === t);
      return unit ? ok(unit.id) : { error: '未知的单位' };
    },
  },
  {
    field: 'departmentId',
    header: '部门',
    toCell: (r, ctx) => ctx.departments.find((d) => d.id === r.departmentId)?.name ?? '',
    fromCell: (t, ctx, row) => {
      if (t === '') return ok(null);
      const dept = ctx.departments.find((d) => d.name === t && d.unitId === row.unitId);
      return dept ? ok(dept.id) : { error: '该单位没有这个部门' };
    },
  },
  coded('category', '人员类别', INSPECTOR_CATEGORY_LABELS),
  text('certificateNo', '执法证号'),
  coded('status', '状态', INSPECTOR_STATUS_LABELS),
  date('changedOn', '变动日期'),
  computed('recordedOn', '录入日期', (r) => (r.recordedOn as string) ?? ''),
  yesNo('overdue', '逾期录入'),
];
