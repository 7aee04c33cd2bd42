import { subject as asSubject } from '@casl/ability';
import { fetchUtils, HttpError, type AuthProvider } from 'react-admin';
import { buildAbility, type Action, type AppAbility, type Subject } from '../../api/permissions/rules';
import type { Identity } from '../../api/auth/routes';
import { API_URL } from './dataProvider';

/** GET /api/auth/me, as the API module that answers it declares it. */
export type Me = Identity;

interface Session {
  me: Me;
  ability: AppAbility;
}

/** react-admin resource → CASL subject of api/permissions. */
export const SUBJECTS: Record<string, Exclude<Subject, 'all'>> = {
  users: 'User',
  units: 'Unit',
  departments: 'Department',
  lines: 'Line',
  audit: 'AuditEntry',
  plans: 'Plan',
  planLines: 'PlanLine',
  planExemptions: 'PlanExemption',
  planVersions: 'PlanVersion',
  planAdjustments: 'PlanAdjustment',
  holidays: 'Holiday',
  items: 'Item',
  itemRevisions: 'ItemRevision',
  itemPublications: 'ItemPublication',
  entities: 'Entity',
  inspectors: 'Inspector',
  conflicts: 'Conflict',
  tasks: 'Task',
  draws: 'Draw',
  commitments: 'Commitment',
  dispatches: 'Dispatch',
  assignments: 'Assignment',
  replacements: 'Replacement',
  results: 'Result',
  evidence: 'Evidence',
  referrals: 'Referral',
  archives: 'Archive',
  archiveChanges: 'ArchiveChange',
  loans: 'Loan',
  outsideSystems: 'OutsideSystem',
  outbox: 'OutboxMessage',
  dashboard: 'Dashboard',
};

/** react-admin action → CASL action. */
export const ACTIONS: Record<string, Action> = {
  list: 'read',
  show: 'read',
  export: 'read',
  read: 'read',
  create: 'create',
  clone: 'create',
  edit: 'update',
  update: 'update',
  delete: 'delete',
  publish: 'publish',
  decide: 'decide',
  import: 'import',
  draw: 'draw',
  void: 'void',
  receive: 'receive',
  confirm: 'confirm',
  reopen: 'reopen',
  explain: 'explain',
  cancel: 'cancel',
  register: 'register',
  close: 'close',
  readContents: 'readContents',
  resend: 'update',
};

export function canAccessWith(ability: AppAbility, { action, resource, record }: { action: string; resource: string; record?: object }): boolean {
  const type = SUBJECTS[resource];
  const casl = ACTIONS[action];
  if (!type || !casl) return false;
  if (record) return ability.can(casl, asSubject(type, { ...record }));
  return ability.can(casl, type);
}

const postJson = (path: string, body?: unknown) =>
  fetchUtils.fetchJson(`${API_URL}${path}`, { method: 'POST', body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });

/** One /me request shared by every caller until the next login or logout. */
let session: Promise<Session> | undefined;

const loadSession = (): Promise<Session> => {
  session ??= fetchUtils.fetchJson(`${API_URL}/auth/me`, { credentials: 'same-origin' }).then(({ json }) => {
    const me = json as Me;
    return { me, ability: buildAbility(me.rules) };
  });
  session.catch(() => {
    session = undefined;
  });
  return session;
};

const LOGIN_ERRORS: Record<string, string> = {
  unauthenticated: 'qd.auth.wrong_credentials',
  locked: 'qd.auth.locked',
  rate_limited: 'qd.auth.rate_limited',
};

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    session = undefined;
    try {
      await postJson('/auth/login', { username, password });
    } catch (error) {
      const code = error instanceof HttpError ? (error.body as { code?: string } | undefined)?.code : undefined;
      throw new Error(code && LOGIN_ERRORS[code] ? LOGIN_ERRORS[code] : 'ra.auth.sign_in_error');
    }
    await loadSession();
  },
  async logout() {
    session = undefined;
    await postJson('/auth/logout').catch(() => undefined);
  },
  async checkAuth() {
    try {
      await loadSession();
    } catch {
      // No notification: arriving signed out is not an error, the login page says what to do.
      throw { message: false };
    }
  },
  async checkError(error: { status?: number }) {
    // 403 means "not allowed", not "signed out": the user stays in.
    if (error?.status === 401) {
      session = undefined;
      throw error;
    }
  },
  async getIdentity() {
    const { me } = await loadSession();
    return {
      id: me.id,
      fullName: me.name,
      username: me.username,
      role: me.role,
      unitId: me.unitId,
      unitLevel: me.unitLevel,
      departmentId: me.departmentId,
      lineId: me.lineId,
      departmentLead: me.departmentLead,
    };
  },
  async getPermissions() {
    const { me } = await loadSession();
    return me.rules;
  },
  async canAccess({ action, resource, record }) {
    const { ability } = await loadSession();
    return canAccessWith(ability, { action, resource, record });
  },
};
