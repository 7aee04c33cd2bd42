import { Paragraph } from 'docx';
import type { AssignmentFacts, ResultDocFacts } from './facts.js';
import { blank, body, chineseDate, formTable, formRun, numberLine, pack, run, receiptBlock, sealBlock, titleBlock, valueOr } from './layout.js';

/** The regulation the bureau works under (the work standard whose clauses the platform cites). */
export const REGULATION = '《青岛市人力资源和社会保障系统“双随机、一公开”监管工作规范》';

/**
 * 事先告知书 (§9.3.2.2): before an on-site check, the entity is told the time of the check and what to prepare. The
 * planned date is the result's on-site date (else its notice date) once entered; blank otherwise, to fill in by hand.
 */
export function noticeDocument(a: AssignmentFacts, result?: ResultDocFacts): Promise<Buffer> {
  const planned = result?.onsiteDate ?? null;
  const basis = a.legalBasis ? `${REGULATION}及${a.legalBasis}` : REGULATION;
  const children = [
    ...titleBlock(a.unitName, '双随机抽查事先告知书'),
    numberLine(`任务编号：${a.taskCode}`),
    body([run(`${a.entity.name}（统一社会信用代码：${a.entity.uscc}）：`)], { indent: false }),
    body(`根据${basis}的规定，经随机抽取，你单位被确定为“${a.taskTitle}”（任务编号 ${a.taskCode}）的检查对象，抽查事项为“${a.itemName ?? '（见抽查任务）'}”。`),
    body([
      run('我局执法检查人员定于'),
      planned ? run(chineseDate(planned)) : run(chineseDate(null), { underline: {} }),
      run(
        `对你单位进行现场检查（本次抽查于${chineseDate(a.deadline)}前完成）。请你单位届时安排熟悉情况的人员到场配合，并提前准备好与本次抽查事项有关的证照、台账、合同、凭证等资料：`,
      ),
    ]),
    body([blank(24)]),
    body([blank(24)]),
    body('执法检查人员将出示行政执法证件。你单位应当如实提供有关情况和资料，不得拒绝、阻碍检查。'),
    body('检查人员：'),
    formTable(
      [0.12, 0.38, 0.5],
      [
        [
          { content: '序号', label: true },
          { content: '姓名', label: true },
          { content: '执法证号', label: true },
        ],
        ...a.team.map((m, i) => [{ content: String(i + 1), label: false }, { content: m.name }, { content: [formRun(m.certificateNo ?? '（未登记）')] }]),
      ],
    ),
    new Paragraph({ spacing: { before: 240 }, children: [] }),
    body([run('联系人：'), valueOr(null, 6), run('\u3000联系电话：'), valueOr(null, 8)], { indent: false }),
    ...sealBlock(a.unitName, result?.noticeDate ?? null),
    ...receiptBlock(),
  ];
  return pack(`事先告知书 ${a.taskCode} ${a.entity.name}`, '双随机抽查事先告知书（§9.3.2.2）', children);
}
