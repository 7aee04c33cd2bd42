/** Demo 2026 annual plans: the city's and 市南区's, both published; 市南区's adjusted once mid-year (§8.2). */
import { meta } from './org.js';

type Rec = Record<string, unknown> & { id: number };

/** The lead office's demo accounts (org.ts): who published each unit's plan. */
const LEAD_PUBLISHERS: Record<number, { id: number; name: string }> = { 1: { id: 2, name: '王建国（法规）' }, 2: { id: 8, name: '赵磊（法规）' } };

export function buildPlans(items: Rec[], departments: Rec[]) {
  const plans: Rec[] = [];
  const planLines: Rec[] = [];
  const planVersions: Rec[] = [];
  const planAdjustments: Rec[] = [];
  const officeFor = (unitId: number, lineId: number) => departments.find((d) => d.unitId === unitId && d.lineId === lineId)!.id;

  const makePlan = (unitId: number, title: string, publishedAt: string, upper: { upperPlanId?: number; upperRef?: string }) => {
    const plan: Rec = {
      ...meta(plans.length + 1, '2026-02-20T02:00:00.000Z'),
      unitId,
      year: 2026,
      title,
      upperPlanId: upper.upperPlanId ?? null,
      upperRef: upper.upperRef ?? null,
      status: 'published',
      planVersion: 1,
      publishedAt,
      late: false,
    };
    plans.push(plan);
    for (const item of items.filter((i) => i.unitId === unitId && i.status === 'active')) {
      planLines.push({
        ...meta(planLines.length + 1, '2026-02-25T02:00:00.000Z'),
        planId: plan.id,
        unitId,
        lineId: item.lineId,
        itemId: item.id,
        itemName: item.name,
        departmentId: officeFor(unitId, item.lineId as number),
        ratioBp: String(item.ratioNote).includes('30%') ? 3000 : 500,
        count: null,
        frequency: 'once',
        windowStart: '2026-04-01',
        windowEnd: '2026-11-30',
        method: (item.methods as string[])[0],
        joint: false,
        note: null,
      });
    }
    const lines = planLines.filter((l) => l.planId === plan.id);
    // Published by a person, the lead office's demo account (city.lead, shinan.lead), as every later version is.
    const publisher = LEAD_PUBLISHERS[unitId];
    planVersions.push({
      id: planVersions.length + 1,
      planId: plan.id,
      unitId,
      planVersion: 1,
      publishedAt,
      publishedBy: publisher.id,
      publishedByName: publisher.name,
      late: false,
      reason: null,
      adjustmentId: null,
      lines: structuredClone(lines),
      exemptions: [],
    });
    return { plan, lines };
  };

  const city = makePlan(1, '青岛市人力资源和社会保障局2026年度“双随机、一公开”抽查工作计划', '2026-03-20T02:00:00.000Z', {
    upperRef: '鲁人社字〔2026〕12号 山东省人力资源和社会保障厅2026年度抽查工作计划',
  });
  const shinan = makePlan(2, '市南区人力资源和社会保障局2026年度“双随机、一公开”抽查工作计划', '2026-03-27T02:00:00.000Z', { upperPlanId: city.plan.id });

  // Mid-year: 劳动保障监察 raised the ratio on wage payment inspections; the lead office accepted it as version 2.
  const wages = shinan.lines.find((l) => items.find((i) => i.id === l.itemId)!.name === '用人单位支付劳动者工资和执行最低工资标准情况的行政检查')!;
  const { id: wagesId, unitId: _u, lineId: _l, planId: _p, version: _v, createdAt: _c, updatedAt: _up, createdBy: _cb, updatedBy: _ub, ...fields } = wages;
  const upsert = { id: wagesId, ...fields, ratioBp: 1000, windowEnd: '2026-12-20', note: '根据省厅根治欠薪专项部署提高比例' };
  const adjustedAt = '2026-07-15T03:00:00.000Z';
  planAdjustments.push({
    ...meta(1, '2026-07-10T02:00:00.000Z'),
    planId: shinan.plan.id,
    unitId: 2,
    lineId: wages.lineId,
    proposedBy: 9,
    proposedByName: '孙丽（经办）',
    basedOnVersion: 1,
    reason: '根据省厅根治欠薪专项部署，工资支付检查比例由5%提高至10%，时间窗口延至12月20日',
    upserts: [upsert],
    removals: [],
    status: 'accepted',
    decidedBy: 8,
    decidedByName: '赵磊（法规）',
    decidedAt: adjustedAt,
    decisionReason: '同意',
    resultingVersion: 2,
  });
  Object.assign(wages, { ratioBp: 1000, windowEnd: '2026-12-20', note: upsert.note, version: 2, updatedAt: adjustedAt, updatedBy: 8 });
  shinan.plan.planVersion = 2;
  planVersions.push({
    id: planVersions.length + 1,
    planId: shinan.plan.id,
    unitId: 2,
    planVersion: 2,
    publishedAt: adjustedAt,
    publishedBy: 8,
    publishedByName: '赵磊（法规）',
    late: false,
    reason: planAdjustments[0].reason,
    adjustmentId: 1,
    lines: structuredClone(shinan.lines),
    exemptions: [],
  });

  return { plans, planLines, planExemptions: [], planVersions, planAdjustments };
}
