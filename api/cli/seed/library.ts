/** Realistic demo libraries: entities across the 10 districts and eight types, inspectors across units, conflicts. */
import cd from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { prefixFor, USCC_CHARSET, usccCheckChar, ENTITY_TYPES, type EntityType } from '../../domain/uscc.js';
import { addDays, addWorkdays, isRecordedLate, type Calendar } from '../../domain/workdays.js';
import { meta, UNITS } from './org.js';
import type { Rng } from './random.js';

const YEARS = ['2025', '2026'];

export function buildHolidays() {
  const rows: { date: string; kind: 'holiday' | 'workday'; name: string }[] = [];
  for (const [kind, table] of [
    ['holiday', cd.holidays],
    ['workday', cd.workdays],
  ] as const) {
    for (const [date, label] of Object.entries(table as Record<string, string>)) {
      if (YEARS.includes(date.slice(0, 4))) rows.push({ date, kind, name: label.split(',')[1] });
    }
  }
  rows.sort((a, b) => a.date.localeCompare(b.date));
  return rows.map((r, i) => ({ ...meta(i + 1), ...r }));
}

export const calendarOf = (holidays: { date: string; kind: string }[]): Calendar => ({
  holidays: new Set(holidays.filter((h) => h.kind === 'holiday').map((h) => h.date)),
  workdays: new Set(holidays.filter((h) => h.kind === 'workday').map((h) => h.date)),
});

const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文'.split(
    '',
  );
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉晨阳建国志强海波晓东婷雪梅'.split('');
const personName = (r: Rng) => r.pick(SURNAMES) + r.pick(GIVEN) + (r.chance(0.6) ? r.pick(GIVEN) : '');

const BRAND = [
  '海创',
  '鑫源',
  '华宇',
  '瑞丰',
  '恒通',
  '蓝海',
  '金桥',
  '德信',
  '泰和',
  '汇金',
  '东方',
  '海纳',
  '润泽',
  '中联',
  '宏达',
  '博远',
  '佳和',
  '新亚',
  '胜利',
  '青元',
  '远洋',
  '鲁信',
  '海川',
  '明德',
  '安泰',
  '瑞康',
  '众诚',
  '天成',
  '嘉禾',
  '长城',
];
const TRADE = [
  '机械制造',
  '食品',
  '国际物流',
  '建筑工程',
  '信息技术',
  '餐饮管理',
  '纺织',
  '电子科技',
  '国际贸易',
  '物业管理',
  '人力资源服务',
  '劳务派遣',
  '橡胶制品',
  '海洋生物',
  '家电配件',
  '汽车销售',
  '酒店管理',
  '商贸',
  '装饰工程',
  '保安服务',
];
const SHOPS = ['小吃店', '理发店', '便利店', '汽车修理部', '水产经营部', '服装店', '五金店', '烧烤店', '水果店', '家政服务部'];
const STREETS = [
  '香港中路',
  '南京路',
  '山东路',
  '延安三路',
  '辽阳西路',
  '重庆中路',
  '黑龙江中路',
  '长江中路',
  '正阳路',
  '烟台路',
  '福州路',
  '宁夏路',
  '株洲路',
  '海尔路',
  '深圳路',
  '银川路',
];

function entityName(type: EntityType, district: string, r: Rng): string {
  const b = r.pick(BRAND);
  switch (type) {
    case 'enterprise':
      return `青岛${b}${r.pick(TRADE)}有限公司`;
    case 'individual':
      return `${district}${personName(r)}${r.pick(SHOPS)}`;
    case 'private_non_enterprise':
      return `青岛市${district}${b}${r.pick(['职业培训学校', '养老服务中心', '幼儿园', '康复中心'])}`;
    case 'partnership':
      return r.chance(0.5) ? `山东${b}律师事务所` : `青岛${b}会计师事务所（普通合伙）`;
    case 'foundation':
      return `青岛市${b}${r.pick(['慈善基金会', '教育基金会', '助学基金会'])}`;
    case 'state_organ':
      return `${district}${r.pick(['城市管理局', '市场监督管理局', '住房和城乡建设局', '交通运输局', '商务局', '文化和旅游局'])}`;
    case 'public_institution':
      return `${district}${r.pick(['第一中学', '人民医院', '综合服务中心', '图书馆', '技工学校', '疾病预防控制中心'])}`;
    case 'social_group':
      return `青岛市${district}${r.pick(['餐饮行业协会', '物流协会', '建筑业协会', '软件行业协会', '企业家联合会'])}`;
  }
}

const TYPE_WEIGHTS: [EntityType, number][] = [
  ['enterprise', 0.58],
  ['individual', 0.2],
  ['private_non_enterprise', 0.06],
  ['partnership', 0.04],
  ['foundation', 0.02],
  ['state_organ', 0.03],
  ['public_institution', 0.04],
  ['social_group', 0.03],
];
const pickType = (r: Rng): EntityType => {
  let x = r.next();
  for (const [t, w] of TYPE_WEIGHTS) if ((x -= w) < 0) return t;
  return 'enterprise';
};

/** A valid 统一社会信用代码: type prefix, district code, a 9-character organisation code, check character. */
export function makeUscc(type: EntityType, district: string, r: Rng): string {
  const org = Array.from({ length: 9 }, (_, i) => (i < 8 && r.chance(0.8) ? String(r.int(0, 9)) : r.pick([...USCC_CHARSET]))).join('');
  const first17 = prefixFor(type) + district + org;
  return first17 + usccCheckChar(first17)!;
}

const randomDate = (r: Rng, from: string, to: string) => {
  const span = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  return addDays(from, r.int(0, span));
};

export function buildEntities(count: number, cal: Calendar, r: Rng) {
  const districts = UNITS.slice(1).map(([, code, , , name], i) => ({ code, name, unitId: i + 2 }));
  const seen = new Set<string>();
  const entities: Record<string, unknown>[] = [];
  while (entities.length < count) {
    const d = districts[entities.length % districts.length];
    const type = entities.length < ENTITY_TYPES.length * districts.length ? ENTITY_TYPES[Math.floor(entities.length / districts.length)] : pickType(r);
    const uscc = makeUscc(type, d.code, r);
    if (seen.has(uscc)) continue;
    seen.add(uscc);
    const changedOn = randomDate(r, '2025-01-02', '2026-11-13');
    const recordedOn = addWorkdays(changedOn, r.chance(0.85) ? r.int(0, 5) : r.int(6, 12), cal);
    const status = r.chance(0.9) ? 'active' : r.pick(['cancelled', 'revoked', 'moved_out']);
    const lineIds = [1, ...(r.chance(0.3) ? [r.int(2, 5)] : [])];
    const at = `${recordedOn}T02:${String(r.int(0, 59)).padStart(2, '0')}:00.000Z`;
    entities.push({
      ...meta(entities.length + 1, at),
      uscc,
      name: entityName(type, d.name, r),
      type,
      district: d.code,
      unitId: d.unitId,
      address: `青岛市${d.name}${r.pick(STREETS)}${r.int(1, 300)}号`,
      legalRep: personName(r),
      lineIds,
      status,
      changedOn,
      recordedOn,
      overdue: isRecordedLate(changedOn, recordedOn, cal),
    });
  }
  return entities;
}

export function buildInspectors(departments: { id: number; unitId: number; lead: boolean }[], users: Record<string, unknown>[], cal: Calendar, r: Rng) {
  const inspectors: Record<string, unknown>[] = [];
  // Demo accounts who inspect (inspector, officer, chief) are inspectors too, linked to their user.
  const inspecting = users.filter((u) => u.role === 'inspector' || u.role === 'officer' || u.role === 'chief');
  for (let unitId = 1; unitId <= UNITS.length; unitId++) {
    const depts = departments.filter((d) => d.unitId === unitId && !d.lead);
    const accounts = inspecting.filter((u) => u.unitId === unitId);
    const n = unitId === 1 ? 20 : 10;
    for (let i = 0; i < n; i++) {
      const category = i % 7 === 6 ? 'supervisor' : i % 2 ? 'qualified' : 'civil_servant';
      const changedOn = randomDate(r, '2025-03-01', '2026-10-30');
      const recordedOn = addWorkdays(changedOn, r.chance(0.9) ? r.int(0, 5) : r.int(6, 9), cal);
      const link = accounts[i];
      inspectors.push({
        ...meta(inspectors.length + 1, `${recordedOn}T01:30:00.000Z`),
        name: link ? String(link.name).replace(/（.*）/, '') : personName(r),
        unitId,
        departmentId: link ? link.departmentId : depts[i % depts.length].id,
        category,
        certificateNo: category === 'supervisor' ? null : `${UNITS[unitId - 1][1]}${String(2019 + (i % 6))}${String(inspectors.length + 1).padStart(4, '0')}`,
        status: link || r.chance(0.93) ? 'active' : r.pick(['transferred', 'suspended']),
        userId: link ? link.id : null,
        changedOn,
        recordedOn,
        overdue: isRecordedLate(changedOn, recordedOn, cal),
      });
    }
  }
  return inspectors;
}

const CONFLICT_REASONS = ['近亲属在该单位任职', '曾在该单位工作，离职未满三年', '与该单位负责人有利害关系', '本人持有该单位股份'];

export function buildConflicts(inspectors: Record<string, unknown>[], entities: Record<string, unknown>[], count: number, r: Rng) {
  const conflicts: Record<string, unknown>[] = [];
  const used = new Set<string>();
  while (conflicts.length < count) {
    const inspector = r.pick(inspectors);
    const candidates = entities.filter((e) => inspector.unitId === 1 || e.unitId === inspector.unitId);
    const entity = r.pick(candidates);
    const key = `${inspector.id}:${entity.id}`;
    if (used.has(key)) continue;
    used.add(key);
    conflicts.push({
      ...meta(conflicts.length + 1),
      inspectorId: inspector.id,
      entityId: entity.id,
      unitId: inspector.unitId,
      reason: r.pick(CONFLICT_REASONS),
    });
  }
  return conflicts;
}
