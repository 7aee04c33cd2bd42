import { useGetIdentity } from 'react-admin';
import type { Me } from './todoKind';

/** The signed-in user as the home page and the menu need them; undefined until the identity has loaded. */
export const useMe = (): Me | undefined => {
  const { identity } = useGetIdentity();
  if (!identity) return undefined;
  return {
    id: Number(identity.id),
    role: identity.role,
    unitId: identity.unitId,
    departmentId: identity.departmentId ?? null,
    lineId: identity.lineId ?? null,
    departmentLead: identity.departmentLead === true,
  };
};
