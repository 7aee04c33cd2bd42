/** The organisation and the demo accounts of db.json. */
import type { Role } from '../../permissions/roles.js';

export const UNITS = [
  ['青岛市人力资源和社会保障局', '370200', 'city', 'city', '青岛市'],
  ['市南区人力资源和社会保障局', '370202', 'district', 'shinan', '市南区'],
  ['市北区人力资源和社会保障局', '370203', 'district', 'shibei', '市北区'],
  ['黄岛区人力资源和社会保障局', '370211', 'district', 'huangdao', '黄岛区'],
  ['崂山区人力资源和社会保障局', '370212', 'district', 'laoshan', '崂山区'],
  ['李沧区人力资源和社会保障局', '370213', 'district', 'licang', '李沧区'],
  ['城阳区人力资源和社会保障局', '370214', 'district', 'chengyang', '城阳区'],
  ['即墨区人力资源和社会保障局', '370215', 'district', 'jimo', '即墨区'],
  ['胶州市人力资源和社会保障局', '370281', 'district', 'jiaozhou', '胶州市'],
  ['平度市人力资源和社会保障局', '370283', 'district', 'pingdu', '平度市'],
  ['莱西市人力资源和社会保障局', '370285', 'district', 'laixi', '莱西市'],
] as const;

/** Business lines and the office that implements each, at the city bureau (处) and a district bureau (科/大队). */
export const LINES = [
  ['劳动保障监察', 'labor_inspection', '劳动保障监察支队', '劳动保障监察大队'],
  ['劳动关系', 'labor_relations', '劳动关系处', '劳动关系科'],
  ['社会保险基金监督', 'si_fund', '社会保险基金监督处', '社会保险基金监督科'],
  ['人力资源市场', 'hr_market', '人力资源流动管理处', '人力资源市场科'],
  ['职业能力建设', 'skills', '职业能力建设处', '职业能力建设科'],
] as const;

const DEMO_ROLES: Role[] = ['lead', 'officer', 'chief', 'leader', 'archivist', 'inspector'];
const ROLE_NAMES: Record<string, string> = { lead: '法规', officer: '经办', chief: '负责人', leader: '分管领导', archivist: '档案员', inspector: '检查员' };
const PEOPLE: Record<string, string[]> = {
  city: ['王建国', '李明', '张伟', '刘洋', '陈静', '杨帆'],
  shinan: ['赵磊', '孙丽', '周杰', '吴敏', '郑涛', '冯雪'],
};

export const SEED_TIME = '2026-01-05T00:00:00.000Z';
export const meta = (id: number, at = SEED_TIME) => ({ id, version: 1, createdAt: at, updatedAt: at, createdBy: null, updatedBy: null });

export function buildOrg(passwordHash: string) {
  const units = UNITS.map(([name, code, level], i) => ({ ...meta(i + 1), name, code, level }));
  const lines = LINES.map(([name, code], i) => ({ ...meta(i + 1), name, code }));
  const departments: { id: number; name: string; unitId: number; lead: boolean; lineId: number | null }[] = [];
  const firstLineDept: Record<string, { lead: number; line: number }> = {};
  for (const [u, [, , level, key]] of UNITS.entries()) {
    const unitId = u + 1;
    departments.push({ ...meta(departments.length + 1), name: level === 'city' ? '政策法规处' : '法规科', unitId, lead: true, lineId: null });
    const lead = departments.length;
    for (const [l, [, , cityName, districtName]] of LINES.entries()) {
      departments.push({ ...meta(departments.length + 1), name: level === 'city' ? cityName : districtName, unitId, lead: false, lineId: l + 1 });
    }
    firstLineDept[key] = { lead, line: lead + 1 };
  }
  const users: Record<string, unknown>[] = [
    { ...meta(1), username: 'admin', name: '系统管理员', role: 'admin', unitId: 1, departmentId: null, active: true, passwordHash, passwordChangedAt: null },
  ];
  for (const key of ['city', 'shinan'] as const) {
    const unitId = key === 'city' ? 1 : 2;
    DEMO_ROLES.forEach((role, i) => {
      const departmentId = role === 'lead' ? firstLineDept[key].lead : role === 'leader' ? null : firstLineDept[key].line;
      users.push({
        ...meta(users.length + 1),
        username: `${key}.${role}`,
        name: `${PEOPLE[key][i]}（${ROLE_NAMES[role]}）`,
        role,
        unitId,
        departmentId,
        active: true,
        passwordHash,
        passwordChangedAt: null,
      });
    });
  }
  return { units, lines, departments, users };
}
