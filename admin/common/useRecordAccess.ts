import { useMemo } from 'react';
import { usePermissions } from 'react-admin';
import { buildAbility, type AppRule } from '../../api/permissions/rules';
import { canAccessWith } from '../providers/authProvider';

export type RecordAccess = (action: string, resource: string, record?: object) => boolean;

/**
 * authProvider.canAccess, synchronous: for checking many records at once (the rows of a grid, the choices of a
 * select) with the same rules /api/auth/me sent. Refuses everything until the rules have loaded.
 */
export function useRecordAccess(): RecordAccess {
  const { permissions } = usePermissions<AppRule[]>();
  return useMemo(() => {
    const ability = buildAbility(permissions ?? []);
    return (action, resource, record) => canAccessWith(ability, { action, resource, record });
  }, [permissions]);
}
