import { Chip } from '@mui/material';
import { useGetIdentity, useGetOne, useTranslate } from 'react-admin';

/** Who is signed in, as what: the role and the unit, next to the user menu that shows the name. */
export const IdentityBadge = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { data: unit } = useGetOne('units', { id: identity?.unitId }, { enabled: identity?.unitId != null });
  if (!identity) return null;
  const role = translate(`qd.roles.${identity.role}`);
  return (
    <Chip
      size="small"
      variant="outlined"
      label={unit ? `${unit.name} · ${role}` : role}
      sx={{ color: 'inherit', borderColor: 'rgba(255,255,255,0.5)', mr: 1, display: { xs: 'none', sm: 'flex' } }}
    />
  );
};
