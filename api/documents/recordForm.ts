import { Paragraph, type ParagraphChild } from 'docx';
import {
  CATEGORY_LABELS,
  MEASURE_FORM_LABELS,
  MEASURE_LABELS,
  METHOD_LABELS,
  NOTICE_LABELS,
  type AssignmentFacts,
  type DocInspector,
  type ResultDocFacts,
} from './facts.js';
import { box, chineseDate, formLine, formRun, formTable, numberLine, pack, SIZE, titleBlock, type FormCell } from './layout.js';

/** The record form is dense: its cells are 宋体 五号, so a blank form fits one page. */
const line = (children: Parameters<typeof formLine>[0]) => formLine(children, SIZE.small);
const text = (t: string, underline = false) => formRun(t, { size: SIZE.small, ...(underline ? { underline: {} } : {}) });
const date = (iso: string | null | undefined) => chineseDate(iso, true);

const checks = (labels: Record<string, string>, chosen: readonly string[] | null | undefined) =>
  Object.entries(labels)
    .map(([code, label]) => box(Boolean(chosen?.includes(code)), label))
    .join('\u3000');

const textOr = (value: string | null | undefined, emptyLines: number): FormCell['content'] =>
  value?.trim() ? value.split(/\r?\n/).map((l) => line(l)) : Array.from({ length: emptyLines }, () => line(''));

/** A signature line for each inspector: name and certificate number printed, the signature by hand. */
const signatureLines = (members: DocInspector[]) =>
  members.map((m) => line([text(`${m.name}（执法证号：${m.certificateNo ?? '未登记'}）\u3000签字：`), text('\u3000'.repeat(8), true)]));

/**
 * 双随机抽查检查记录表 (§9.3.2.3b): filled in on site. Without a result it is the blank form for the visit (the
 * assignment's facts printed, every choice an empty box, the whole team listed); with one, the entered result fills
 * it — methods, pre-check notes, notice, date and place, the members present with their certificates, signoff or
 * refusal, category, problems and measures. Signature lines for the inspectors and the entity (§9.3.2.3d).
 */
export function recordFormDocument(a: AssignmentFacts, result?: ResultDocFacts): Promise<Buffer> {
  const r = result;
  const byId = new Map(a.team.map((m) => [m.id, m]));
  // The members present (with the certificate numbers shown), or on a blank form the whole team.
  const members: DocInspector[] = r?.present.length
    ? r.present.map((p) => ({ id: p.inspectorId, name: byId.get(p.inspectorId)?.name ?? String(p.inspectorId), certificateNo: p.certificateNo }))
    : a.team;
  const noticeMode = r?.noticeMode ?? null;
  const notice: ParagraphChild[] = [text(checks(NOTICE_LABELS, noticeMode ? [noticeMode] : [])), text(`\u3000告知日期：${date(r?.noticeDate)}`)];
  const notAdvisable = [
    line(`${box(noticeMode === 'not_advisable', '不宜事先告知')}\u3000理由：${noticeMode === 'not_advisable' ? (r?.noticeNotAdvisableReason ?? '') : ''}`),
  ];
  const signoff = r?.entitySignoff ?? null;
  const refusalSigners = new Set(r?.refusalSignedBy ?? []);
  const grid = [0.19, 0.31, 0.19, 0.31];
  const rows: FormCell[][] = [
    [
      { content: '检查对象', label: true },
      { content: a.entity.name, span: 3 },
    ],
    [
      { content: '统一社会信用代码', label: true },
      { content: a.entity.uscc },
      { content: '法定代表人（负责人）', label: true },
      { content: a.entity.legalRep ?? '' },
    ],
    [
      { content: '住所（经营场所）', label: true },
      { content: a.entity.address ?? '', span: 3 },
    ],
    [{ content: '抽查任务', label: true }, { content: `${a.taskTitle}（${a.taskCode}）` }, { content: '抽查事项', label: true }, { content: a.itemName ?? '' }],
    [
      { content: '检查依据', label: true },
      { content: a.legalBasis ?? '', span: 3 },
    ],
    [
      { content: '检查方法', label: true },
      { content: [line(checks(METHOD_LABELS, r?.methods))], span: 3 },
    ],
    [
      { content: '预查比对情况', label: true },
      { content: textOr(r?.precheckNotes, 2), span: 3, minLines: 2 },
    ],
    [
      { content: '事先告知', label: true },
      { content: [line(notice), ...notAdvisable], span: 3 },
    ],
    [
      { content: '检查时间', label: true },
      { content: date(r?.onsiteDate) },
      { content: '检查地点', label: true },
      { content: r?.onsiteDate || r?.onsitePlace ? (r?.onsitePlace ?? '') : (a.entity.address ?? '') },
    ],
    [
      { content: '检查人员及执法证号', label: true },
      {
        content: members.map((m) =>
          line(
            `${m.name}\u3000执法证号：${m.certificateNo ?? '未登记'}\u3000${box(Boolean(r?.present.find((p) => p.inspectorId === m.id)?.certificateShown), '已出示执法证件')}`,
          ),
        ),
        span: 3,
      },
    ],
    [
      { content: '检查情况及发现的问题', label: true },
      { content: textOr(r?.problems, 4), span: 3, minLines: 4 },
    ],
    [
      { content: '检查结果', label: true },
      {
        content: [
          line(checks(CATEGORY_LABELS, r?.category ? [r.category] : [])),
          ...(r?.category === 'other' && r.categoryOther ? [line(`说明：${r.categoryOther}`)] : []),
        ],
        span: 3,
      },
    ],
    [
      { content: '采取的监管措施', label: true },
      { content: [line(checks(MEASURE_LABELS, r?.measures)), line(`方式：${checks(MEASURE_FORM_LABELS, r?.measureForms)}`)], span: 3 },
    ],
    [
      { content: '检查人员签字', label: true },
      { content: signatureLines(members), span: 3, minLines: members.length },
    ],
    [
      { content: '被检查对象意见及签字（盖章）', label: true },
      {
        content: [
          line(`${box(signoff === 'signed', '签字')}\u3000${box(signoff === 'sealed', '盖章')}\u3000${box(signoff === 'refused', '拒绝签字或盖章')}`),
          line('以上记录经核对属实。'),
          line([text('签字（盖章）：'), text('\u3000'.repeat(10), true), text(`\u3000日期：${date(null)}`)]),
        ],
        span: 3,
        minLines: 3,
      },
    ],
    [
      { content: '拒绝签字或盖章的说明（检查组成员签字）', label: true },
      {
        content: [
          line(signoff === 'refused' ? '被检查对象拒绝在本记录表上签字或盖章，特此说明。' : ''),
          ...members.map((m) => line([text(`${box(refusalSigners.has(m.id), m.name)}\u3000签字：`), text('\u3000'.repeat(8), true)])),
        ],
        span: 3,
        minLines: members.length + 1,
      },
    ],
  ];
  const children = [
    ...titleBlock(a.unitName, '双随机抽查检查记录表'),
    numberLine(`任务编号：${a.taskCode}${r ? `\u3000记录编号：${r.id}` : ''}`),
    formTable(grid, rows, SIZE.small),
    new Paragraph({
      spacing: { before: 60 },
      children: [text('注：本表由执法检查人员现场填写，检查完成后由被检查对象签字或盖章（§9.3.2.3b、d）。')],
    }),
  ];
  return pack(`检查记录表 ${a.taskCode} ${a.entity.name}`, '双随机抽查检查记录表（§9.3.2.3）', children);
}
