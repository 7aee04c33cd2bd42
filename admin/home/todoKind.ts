import type { ComponentType } from 'react';
import type { Role } from '../../api/permissions/roles';
import type { Identity } from '../../api/auth/routes';

/** What a kind needs to know of the signed-in user (from GET /api/auth/me). */
export type Me = Pick<Identity, 'id' | 'role' | 'unitId' | 'departmentId' | 'lineId' | 'departmentLead'>;

/**
 * One kind of item on "我的待办": who sees it, what it counts (the menu entry `menu` shows the count as a badge)
 * and the card it shows. A kind is one small file in kinds/; todoKinds.ts lists them in the order they appear.
 */
export interface TodoKind {
  id: string;
  roles: readonly Role[];
  /** A further condition on the user, beyond the role (e.g. the head of the lead office). */
  appliesTo?: (me: Me) => boolean;
  /** The menu entry (resource name) whose badge adds this kind's count. */
  menu?: string;
  /** How many items wait (undefined while loading, or for a kind that only informs). */
  useCount?: (me: Me) => number | undefined;
  Card: ComponentType<{ me: Me }>;
}
