import { z } from 'zod';
import { defineResource } from './types.js';
import { ROLES } from '../permissions/roles.js';
import { badRequest, invalidField } from '../rest/errors.js';
import { hashPassword, passwordProblem } from '../auth/passwords.js';
import { endUserSessions } from '../auth/sessions.js';

/** 用户: managed by administrators only. The password is input-only; the hash never leaves the server. */
export const users = defineResource({
  name: 'users',
  subject: 'User',
  schema: z.object({
    username: z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9._-]{1,31}$/, '2–32 位小写字母、数字、点、下划线或连字符'),
    name: z.string().trim().min(1).max(50),
    role: z.enum(ROLES),
    unitId: z.int().positive(),
    departmentId: z.int().positive().nullable().optional(),
    active: z.boolean().default(true),
  }),
  inputOnly: z.object({ password: z.string().max(128).optional() }),
  hidden: ['passwordHash', 'passwordChangedAt'],
  secret: ['passwordHash'],
  search: ['username', 'name'],
  defaultSort: ['username', 'ASC'],
  async prepare({ password, ...input }, { tx, existing, principal }) {
    if (existing && existing.id === principal.id && (input.active === false || input.role !== existing.role)) {
      throw badRequest('不能停用自己的账户或更改自己的角色', { active: '不能停用自己' });
    }
    if (input.departmentId) {
      const [dept] = await tx.query<{ unitId: number }>('SELECT "unitId" FROM departments WHERE id = $1', [input.departmentId]);
      if (!dept) throw invalidField('departmentId', '引用的记录不存在');
      if (dept.unitId !== input.unitId) throw invalidField('departmentId', '部门不属于所选单位');
    }
    if (!existing && !password) throw invalidField('password', '新用户须设置初始密码');
    if (password) {
      const problem = passwordProblem(password as string);
      if (problem) throw invalidField('password', problem);
      return { ...input, departmentId: input.departmentId ?? null, passwordHash: await hashPassword(password as string), passwordChangedAt: tx.now };
    }
    return { ...input, departmentId: input.departmentId ?? null };
  },
  async afterWrite(before, after, { tx }) {
    const passwordReset = before && after && before.passwordHash !== after.passwordHash;
    if (after && (!after.active || passwordReset)) await endUserSessions(tx.q, after.id);
  },
});
