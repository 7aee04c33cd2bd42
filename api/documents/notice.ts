import type { AssignmentFacts, ResultDocFacts } from './facts.js';
import { body, chineseDate, gap, formLine, formRun, formTable, numberLine, pack, receiptBlock, salutation, sealBlock, titleBlock } from './layout.js';

/** The regulation the bureau works under (the work standard whose clauses the platform cites). */
export const REGULATION = '《青岛市人力资源和社会保障系统“双随机、一公开”监管工作规范》';

const blankLine = (width: number) => formLine([formRun('\u3000'.repeat(width), { underline: {} })]);

/**
 * 事先告知书 (§9.3.2.2): before an on-site check, the entity is told the time of the check and what to prepare. The
 * planned date is the result's on-site date once entered; blank otherwise, to fill in by hand. The facts of the check
 * stand in a bordered table; the bureau seals it and the entity signs for it at the foot.
 */
export function noticeDocument(a: AssignmentFacts, result?: ResultDocFacts): Promise<Buffer> {
  const planned = result?.onsiteDate ?? null;
  const basis = a.legalBasis ? `${REGULATION}及${a.legalBasis}` : REGULATION;
  const children = [
    ...titleBlock(a.unitName, '双随机抽查事先告知书'),
    numberLine(`任务编号：${a.taskCode}`),
    salutation(`${a.entity.name}：`),
    body(`根据${basis}的规定，经随机抽取，你单位被确定为本次双随机抽查的检查对象。现将有关事项告知如下：`),
    gap(),
    formTable(
      [0.24, 0.76],
      [
        [{ content: '检查对象', label: true }, { content: a.entity.name }],
        [{ content: '统一社会信用代码', label: true }, { content: a.entity.uscc }],
        [{ content: '抽查任务', label: true }, { content: `${a.taskTitle}（${a.taskCode}）` }],
        [{ content: '抽查事项', label: true }, { content: a.itemName ?? '' }],
        [{ content: '检查时间', label: true }, { content: `${chineseDate(planned)}（本次抽查于${chineseDate(a.deadline)}前完成）` }],
        [{ content: '检查地点', label: true }, { content: a.entity.address ?? '' }],
        [
          { content: '需准备的资料', label: true },
          { content: [formLine('与本次抽查事项有关的证照、台账、劳动合同、工资支付凭证等资料：'), blankLine(30), blankLine(30)], minLines: 3 },
        ],
        [
          { content: '检查人员', label: true },
          { content: a.team.map((m) => formLine(`${m.name}\u3000执法证号：${m.certificateNo ?? '（未登记）'}`)), minLines: a.team.length },
        ],
        [
          { content: '联系人及电话', label: true },
          {
            content: [
              formLine([
                formRun('联系人：'),
                formRun('\u3000'.repeat(8), { underline: {} }),
                formRun('\u3000联系电话：'),
                formRun('\u3000'.repeat(10), { underline: {} }),
              ]),
            ],
          },
        ],
      ],
    ),
    gap(),
    body('请你单位届时安排熟悉情况的人员到场配合。执法检查人员将出示行政执法证件；你单位应当如实提供有关情况和资料，不得拒绝、阻碍检查。'),
    ...sealBlock(a.unitName, result?.noticeDate ?? null),
    ...receiptBlock(),
  ];
  return pack(`事先告知书 ${a.taskCode} ${a.entity.name}`, '双随机抽查事先告知书（§9.3.2.2）', children);
}
