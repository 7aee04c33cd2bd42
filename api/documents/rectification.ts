import { MEASURE_FORM_LABELS, MEASURE_LABELS, type AssignmentFacts, type ResultDocFacts } from './facts.js';
import { blank, body, chineseDate, gap, formRun, formTable, lines, numberLine, pack, run, receiptBlock, salutation, sealBlock, titleBlock } from './layout.js';

/**
 * 责令改正通知书 (§9.3.2.3c 督促整改, in writing): for a result that found a problem — the problems as entered, the
 * measures taken, a deadline to fill in, the inspectors with their certificate numbers, the bureau's seal and the
 * entity's receipt.
 */
export function rectificationDocument(a: AssignmentFacts, r: ResultDocFacts): Promise<Buffer> {
  const byId = new Map(a.team.map((m) => [m.id, m]));
  const members = r.present.length
    ? r.present.map((p) => ({ name: byId.get(p.inspectorId)?.name ?? String(p.inspectorId), certificateNo: p.certificateNo }))
    : a.team;
  const measures = (r.measures ?? []).map((m) => MEASURE_LABELS[m]).filter(Boolean);
  const forms = (r.measureForms ?? []).map((m) => MEASURE_FORM_LABELS[m]).filter(Boolean);
  const problems = r.problems?.trim() ? lines(r.problems) : [body([blank(24)]), body([blank(24)])];
  const children = [
    ...titleBlock(a.unitName, '责令改正通知书'),
    numberLine(`任务编号：${a.taskCode}\u3000编号：${a.taskCode}-${r.id}`),
    salutation(`${a.entity.name}（统一社会信用代码：${a.entity.uscc}）：`),
    body(
      `${chineseDate(r.onsiteDate)}，我局执法检查人员在“${a.taskTitle}”（任务编号 ${a.taskCode}）双随机抽查中，对你单位“${a.itemName ?? ''}”事项进行检查，发现你单位存在下列问题：`,
    ),
    ...problems,
    body(a.legalBasis ? `上述行为违反了${a.legalBasis}的有关规定。` : '上述行为违反了劳动保障法律、法规、规章的有关规定。'),
    body([
      run('现责令你单位于'),
      run(chineseDate(null), { underline: {} }),
      run('前改正，并将改正情况及相关材料书面报送我局'),
      run(a.departmentName ?? ''),
      run('。逾期不改正的，我局将依法处理。'),
    ]),
    ...(measures.length ? [body(`检查中已采取的措施：${measures.join('、')}${forms.length ? `（${forms.join('、')}）` : ''}。`)] : []),
    body('你单位如对本通知不服，可以依法申请行政复议或者提起行政诉讼。'),
    body('执法检查人员：'),
    gap(),
    formTable(
      [0.3, 0.4, 0.3],
      [
        [
          { content: '姓名', label: true },
          { content: '执法证号', label: true },
          { content: '签字', label: true },
        ],
        ...members.map((m) => [{ content: m.name }, { content: [formRun(m.certificateNo ?? '（未登记）')] }, { content: '' }]),
      ],
    ),
    ...sealBlock(a.unitName, null),
    ...receiptBlock(),
  ];
  return pack(`责令改正通知书 ${a.taskCode} ${a.entity.name}`, '责令改正通知书（§9.3.2.3c）', children);
}
