import { checkUscc, USCC_MESSAGES } from './uscc.js';

/**
 * Tasks dispatched by the provincial platform (§9.1.1, issue 15 part 3), read from its export: JSON (one object per
 * task, its drawn entities nested) or a spreadsheet (one row per drawn entity, the task's columns repeated). Pure: the
 * file's content in, the tasks or every problem out, each naming its row (JSON: the task's position, from 1) and field.
 */
export const PROVINCE_METHODS = { onsite: '现场检查', document: '书面审查', online: '网络监测', third_party: '委托第三方' } as const;
export type ProvinceMethod = keyof typeof PROVINCE_METHODS;

export interface ProvinceEntity {
  uscc: string;
  name: string;
  row: number;
}

export interface ProvinceTask {
  /** 省级任务编号: the task's code here too, and how a re-import is recognised. */
  reference: string;
  title: string;
  /** 抽查事项: the item as the city's published plan names it. */
  itemName: string;
  deadline: string;
  teamSize: number;
  method: ProvinceMethod;
  /** 省级抽取编号: the platform's own record of the draw that picked the entities. */
  drawReference: string;
  entities: ProvinceEntity[];
  row: number;
}

export interface ImportProblem {
  row: number;
  field: string;
  message: string;
}

/** The spreadsheet's columns (and the JSON's keys), in order. */
export const PROVINCE_COLUMNS = [
  { key: 'reference', header: '任务编号' },
  { key: 'title', header: '任务名称' },
  { key: 'itemName', header: '抽查事项' },
  { key: 'deadline', header: '截止日期' },
  { key: 'teamSize', header: '检查组人数' },
  { key: 'method', header: '检查方式' },
  { key: 'drawReference', header: '抽取编号' },
  { key: 'uscc', header: '统一社会信用代码' },
  { key: 'name', header: '检查对象名称' },
] as const;
type ColumnKey = (typeof PROVINCE_COLUMNS)[number]['key'];
const HEADER: Record<ColumnKey, string> = Object.fromEntries(PROVINCE_COLUMNS.map((c) => [c.key, c.header])) as Record<ColumnKey, string>;

const TASK_CODE = /^[A-Z]{2,8}-\d{4}-\d{3,5}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TASK_FIELDS = ['reference', 'title', 'itemName', 'deadline', 'teamSize', 'method', 'drawReference'] as const;
type TaskFields = Omit<ProvinceTask, 'entities' | 'row'>;

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

/** One task's own fields, checked; problems are pushed under `row`. */
function taskFields(get: (key: (typeof TASK_FIELDS)[number]) => unknown, row: number, problems: ImportProblem[]): TaskFields | undefined {
  const before = problems.length;
  const problem = (key: ColumnKey, message: string) => problems.push({ row, field: HEADER[key], message });
  const reference = text(get('reference')).toUpperCase();
  if (!TASK_CODE.test(reference)) problem('reference', '应为省级平台的任务编号，格式如 SD-2026-001');
  const title = text(get('title'));
  if (title.length < 2 || title.length > 200) problem('title', '应为 2–200 个字');
  const itemName = text(get('itemName'));
  if (!itemName) problem('itemName', '必填');
  const deadline = text(get('deadline'));
  if (!DATE.test(deadline) || Number.isNaN(Date.parse(deadline))) problem('deadline', '应为 YYYY-MM-DD 格式的日期');
  const teamSize = Number(text(get('teamSize')));
  if (!Number.isInteger(teamSize) || teamSize < 2 || teamSize > 10) problem('teamSize', '应为 2–10 的整数（检查组不少于两人）');
  const methodText = text(get('method'));
  const method = (Object.keys(PROVINCE_METHODS) as ProvinceMethod[]).find((m) => m === methodText || PROVINCE_METHODS[m] === methodText);
  if (!method) problem('method', `应为 ${Object.values(PROVINCE_METHODS).join('、')} 之一`);
  const drawReference = text(get('drawReference'));
  if (!drawReference || drawReference.length > 100) problem('drawReference', '必填，最多 100 个字符');
  if (problems.length > before) return undefined;
  return { reference, title, itemName, deadline, teamSize, method: method!, drawReference };
}

function entityOf(uscc: unknown, name: unknown, row: number, problems: ImportProblem[]): ProvinceEntity | undefined {
  const code = text(uscc).toUpperCase();
  const bad = checkUscc(code);
  if (bad) {
    problems.push({ row, field: HEADER.uscc, message: USCC_MESSAGES[bad] });
    return undefined;
  }
  return { uscc: code, name: text(name), row };
}

/** A JSON export: `{ "tasks": [...] }` or the array itself; each task with `entities: [{ uscc, name }]`. */
export function tasksFromJson(value: unknown): { tasks: ProvinceTask[]; problems: ImportProblem[] } {
  const list = Array.isArray(value) ? value : (value as { tasks?: unknown } | null)?.tasks;
  if (!Array.isArray(list) || !list.length) return { tasks: [], problems: [{ row: 0, field: 'tasks', message: '文件中没有任务（应为 { "tasks": [...] }）' }] };
  const problems: ImportProblem[] = [];
  const tasks: ProvinceTask[] = [];
  list.forEach((raw, i) => {
    const row = i + 1;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return void problems.push({ row, field: 'tasks', message: '应为一个任务对象' });
    const o = raw as Record<string, unknown>;
    const fields = taskFields((k) => o[k], row, problems);
    const entities = Array.isArray(o.entities) ? o.entities : [];
    if (!entities.length) problems.push({ row, field: '抽中的检查对象（entities）', message: '至少一个' });
    const parsed = entities.map((e) => entityOf((e as Record<string, unknown> | null)?.uscc, (e as Record<string, unknown> | null)?.name, row, problems));
    if (fields && entities.length && parsed.every(Boolean)) tasks.push({ ...fields, entities: parsed as ProvinceEntity[], row });
  });
  return { tasks: problems.length ? [] : duplicatesChecked(tasks, problems), problems };
}

/** A spreadsheet export: one row per drawn entity under the columns above; a task's columns agree on all its rows. */
export function tasksFromTable(headers: string[], rows: { line: number; cells: string[] }[]): { tasks: ProvinceTask[]; problems: ImportProblem[] } {
  const at = new Map(PROVINCE_COLUMNS.map((c) => [c.key, headers.indexOf(c.header)]));
  const missing = PROVINCE_COLUMNS.filter((c) => at.get(c.key)! < 0);
  if (missing.length) return { tasks: [], problems: missing.map((c) => ({ row: 1, field: c.header, message: '表头缺少此列' })) };
  if (!rows.length) return { tasks: [], problems: [{ row: 2, field: HEADER.reference, message: '文件中没有数据行' }] };
  const problems: ImportProblem[] = [];
  const byRef = new Map<string, ProvinceTask>();
  for (const { line, cells } of rows) {
    const cell = (key: ColumnKey) => cells[at.get(key)!] ?? '';
    const fields = taskFields(cell, line, problems);
    const entity = entityOf(cell('uscc'), cell('name'), line, problems);
    if (!fields || !entity) continue;
    const task = byRef.get(fields.reference);
    if (!task) {
      byRef.set(fields.reference, { ...fields, entities: [entity], row: line });
      continue;
    }
    for (const key of TASK_FIELDS)
      if (task[key] !== fields[key]) problems.push({ row: line, field: HEADER[key], message: `与同一任务第 ${task.row} 行的“${task[key]}”不一致` });
    task.entities.push(entity);
  }
  return { tasks: problems.length ? [] : duplicatesChecked([...byRef.values()], problems), problems };
}

/** A task lists each entity once, and a file each task once. */
function duplicatesChecked(tasks: ProvinceTask[], problems: ImportProblem[]): ProvinceTask[] {
  const refs = new Map<string, number>();
  for (const t of tasks) {
    const first = refs.get(t.reference);
    if (first !== undefined) problems.push({ row: t.row, field: HEADER.reference, message: `与第 ${first} 行的任务重复` });
    refs.set(t.reference, t.row);
    const seen = new Map<string, number>();
    for (const e of t.entities) {
      if (seen.has(e.uscc)) problems.push({ row: e.row, field: HEADER.uscc, message: `同一任务中重复（第 ${seen.get(e.uscc)} 行）` });
      seen.set(e.uscc, e.row);
    }
  }
  return problems.length ? [] : tasks;
}

/** "第 3 行「截止日期」：应为 …" — what a person reads first; all problems go in the answer too. */
export const problemText = (p: ImportProblem) => `第 ${p.row} 行「${p.field}」：${p.message}`;
