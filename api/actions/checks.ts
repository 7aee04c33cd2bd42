import { subject as asSubject, ForbiddenError } from '@casl/ability';
import { z } from 'zod';
import type { AuthContext } from '../auth/middleware.js';
import type { Row } from '../store/store.js';
import { zodToHttp } from '../rest/errors.js';

/** 403 unless the user may do `action` on this row (wrapped as the named CASL subject). */
export const can = (auth: AuthContext, action: Parameters<AuthContext['ability']['can']>[0], subjectName: string, row: Row) =>
  ForbiddenError.from(auth.ability).throwUnlessCan(action, asSubject(subjectName, { ...row }) as never);

/** A custom action's body, validated (400 with field messages). */
export const parse = <T extends z.ZodType>(schema: T, body: unknown): z.infer<T> => {
  const r = schema.safeParse(body ?? {});
  if (!r.success) throw zodToHttp(r.error);
  return r.data;
};

export const reasonBody = z.strictObject({ reason: z.string().trim().min(2).max(500) });
