import { ROLES } from '../../api/permissions/roles';

/** The one list of roles every role input and filter uses; names are translation keys. */
export const ROLE_CHOICES = ROLES.map((id) => ({ id, name: `qd.roles.${id}` }));

export const LEVEL_CHOICES = [
  { id: 'city', name: 'qd.levels.city' },
  { id: 'district', name: 'qd.levels.district' },
];

/** Actions the audit log records (api/store/store.ts and api/auth/routes.ts). */
export const AUDIT_ACTION_CHOICES = ['create', 'update', 'delete', 'login', 'logout', 'password', 'seed'].map((id) => ({
  id,
  name: `qd.audit.actions.${id}`,
}));

/** Kinds of record the audit log names. */
export const AUDIT_RESOURCE_CHOICES = ['users', 'units', 'departments', 'lines', 'sessions'].map((id) => ({
  id,
  name: `qd.audit.resources.${id}`,
}));
