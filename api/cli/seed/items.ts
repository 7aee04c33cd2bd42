/**
 * The bureau's random-inspection items (抽查事项清单), after the columns of the Shandong bureaus' published lists
 * (REFERENCE.md). Legal bases marked "unverified" there are demo data, not law.
 */
import { meta } from './org.js';

const EMPLOYERS = ['enterprise', 'individual', 'private_non_enterprise', 'partnership', 'foundation', 'state_organ', 'public_institution', 'social_group'];
const COMMON = { subjectNote: '各类用人单位', level: '市级、县级人力资源社会保障部门', ratioNote: '全年抽查比例不低于5%，频次根据监管需要确定' };

type ItemSeed = {
  line: number;
  name: string;
  category: string;
  subjectTypes: string[];
  itemKind: 'general' | 'key';
  methods: string[];
  legalBasis: string;
  source: 'province' | 'city';
  subjectNote?: string;
  ratioNote?: string;
};

export const ITEMS: ItemSeed[] = [
  {
    line: 1,
    name: '对用人单位制定规章制度的行政检查',
    category: '劳动保障监察',
    subjectTypes: EMPLOYERS,
    itemKind: 'general',
    methods: ['onsite', 'document'],
    legalBasis: '《中华人民共和国劳动法》第八十九条；《中华人民共和国劳动合同法》第八十条',
    source: 'province',
  },
  {
    line: 1,
    name: '劳动合同及招用工管理的行政检查',
    category: '劳动保障监察',
    subjectTypes: EMPLOYERS,
    itemKind: 'general',
    methods: ['onsite', 'document'],
    legalBasis: '《中华人民共和国劳动合同法》第七十四条；《劳动保障监察条例》第十一条',
    source: 'province',
  },
  {
    line: 1,
    name: '用人单位遵守工作时间和休息休假规定情况的行政检查',
    category: '劳动保障监察',
    subjectTypes: EMPLOYERS,
    itemKind: 'general',
    methods: ['onsite'],
    legalBasis: '《中华人民共和国劳动法》第九十条；《劳动保障监察条例》第十一条',
    source: 'province',
  },
  {
    line: 1,
    name: '用人单位支付劳动者工资和执行最低工资标准情况的行政检查',
    category: '劳动保障监察',
    subjectTypes: EMPLOYERS,
    itemKind: 'key',
    methods: ['onsite', 'document'],
    legalBasis: '《中华人民共和国劳动法》第九十一条；《保障农民工工资支付条例》第四十四条',
    source: 'province',
  },
  {
    line: 1,
    name: '用人单位遵守禁止使用童工规定情况的行政检查',
    category: '劳动保障监察',
    subjectTypes: EMPLOYERS,
    itemKind: 'key',
    methods: ['onsite'],
    legalBasis: '《禁止使用童工规定》；《劳动保障监察条例》第十一条',
    source: 'province',
  },
  {
    line: 1,
    name: '用人单位参加社会保险和缴纳社会保险费情况的行政检查',
    category: '劳动保障监察',
    subjectTypes: EMPLOYERS,
    itemKind: 'general',
    methods: ['document', 'online'],
    legalBasis: '《中华人民共和国社会保险法》第七十七条；《劳动保障监察条例》第十四条',
    source: 'province',
  },
  {
    line: 2,
    name: '对劳务派遣单位的监督检查',
    category: '劳动关系',
    subjectTypes: ['enterprise'],
    subjectNote: '劳务派遣单位',
    itemKind: 'general',
    methods: ['onsite', 'document'],
    legalBasis: '《劳务派遣行政许可实施办法》（人力资源社会保障部令第19号）第三条；《中华人民共和国劳动合同法》第七十四条',
    source: 'province',
  },
  {
    line: 2,
    name: '用人单位遵守女职工和未成年工特殊劳动保护规定情况的行政检查',
    category: '劳动关系',
    subjectTypes: EMPLOYERS,
    itemKind: 'general',
    methods: ['onsite'],
    legalBasis: '《女职工劳动保护特别规定》；《中华人民共和国劳动法》第九十五条',
    source: 'province',
  },
  {
    line: 3,
    name: '对社会保险经办机构和服务机构执行社会保险法律法规情况的监督检查',
    category: '社会保险基金监督',
    subjectTypes: ['public_institution', 'enterprise'],
    subjectNote: '社会保险经办机构、医疗机构等服务机构',
    itemKind: 'key',
    methods: ['document', 'onsite'],
    legalBasis: '《中华人民共和国社会保险法》第七十七条、第七十九条',
    source: 'province',
  },
  {
    line: 3,
    name: '对工伤保险协议机构的监督检查',
    category: '社会保险基金监督',
    subjectTypes: ['enterprise', 'public_institution', 'private_non_enterprise'],
    subjectNote: '工伤保险协议医疗、康复、辅助器具配置机构',
    itemKind: 'general',
    methods: ['document', 'onsite'],
    legalBasis: '《工伤保险条例》第四十七条（条文序号待核实）',
    source: 'province',
  },
  {
    line: 4,
    name: '对用人单位等遵守《就业促进法》实施情况的监督检查',
    category: '人力资源市场',
    subjectTypes: EMPLOYERS,
    itemKind: 'general',
    methods: ['document', 'online'],
    legalBasis: '《中华人民共和国就业促进法》第六十条',
    source: 'province',
  },
  {
    line: 4,
    name: '对经营性人力资源服务机构的监督检查',
    category: '人力资源市场',
    subjectTypes: ['enterprise', 'private_non_enterprise'],
    subjectNote: '经营性人力资源服务机构',
    itemKind: 'general',
    methods: ['onsite', 'online'],
    legalBasis: '《人力资源市场暂行条例》（国务院令第700号）第三十四条',
    source: 'province',
  },
  {
    line: 5,
    name: '对民办职业培训学校（职业技能培训机构）的监督检查',
    category: '职业能力建设',
    subjectTypes: ['private_non_enterprise', 'enterprise'],
    subjectNote: '民办职业培训学校、职业技能培训机构',
    itemKind: 'general',
    methods: ['onsite', 'document'],
    legalBasis: '《中华人民共和国民办教育促进法》第十二条',
    source: 'province',
    ratioNote: '年度抽查比例不低于30%',
  },
  {
    line: 5,
    name: '对技工院校的监督检查',
    category: '职业能力建设',
    subjectTypes: ['public_institution', 'private_non_enterprise'],
    subjectNote: '技工院校',
    itemKind: 'general',
    methods: ['onsite', 'document'],
    legalBasis: '《中华人民共和国职业教育法》（条文序号待核实）',
    source: 'province',
  },
  {
    line: 5,
    name: '对职业技能等级认定社会培训评价组织的监督检查',
    category: '职业能力建设',
    subjectTypes: ['enterprise', 'private_non_enterprise', 'social_group'],
    subjectNote: '职业技能等级认定社会培训评价组织',
    itemKind: 'general',
    methods: ['document', 'onsite'],
    legalBasis: '《青岛市职业技能等级认定工作管理办法》（依据待核实）',
    source: 'city',
  },
];

export function buildItems(unitCount: number) {
  const items: Record<string, unknown>[] = [];
  const itemRevisions: Record<string, unknown>[] = [];
  for (let unitId = 1; unitId <= unitCount; unitId++) {
    for (const seed of ITEMS) {
      const id = items.length + 1;
      const { line, ...rest } = seed;
      const item = {
        ...meta(id),
        unitId,
        lineId: line,
        ...COMMON,
        ...rest,
        subjectNote: rest.subjectNote ?? COMMON.subjectNote,
        ratioNote: rest.ratioNote ?? COMMON.ratioNote,
        status: 'active',
      };
      items.push(item);
      itemRevisions.push({
        id: itemRevisions.length + 1,
        itemId: id,
        unitId,
        lineId: line,
        revision: 1,
        at: item.createdAt,
        actorId: null,
        actorName: 'system',
        reason: '导入2026年度抽查事项清单',
        snapshot: item,
        changes: [],
      });
    }
  }
  return { items, itemRevisions };
}
