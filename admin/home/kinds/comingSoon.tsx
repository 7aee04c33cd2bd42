import { Typography } from '@mui/material';
import { TodoCard } from '../TodoCard';
import { useTranslate } from 'react-admin';
import type { Me, TodoKind } from '../todoKind';

/**
 * 分管领导 and 档案管理人员: their work (loan approvals, check-out and return) comes with the archives; until then the
 * home page says what will appear here instead of showing nothing.
 */
const ComingSoonCard = ({ me }: { me: Me }) => {
  const translate = useTranslate();
  return (
    <TodoCard id="comingSoon" title={translate(`qd.home.comingSoon.${me.role}.title`)}>
      <Typography variant="body2" color="text.secondary">
        {translate(`qd.home.comingSoon.${me.role}.body`)}
      </Typography>
    </TodoCard>
  );
};

export const comingSoon: TodoKind = { id: 'comingSoon', roles: ['leader', 'archivist'], Card: ComingSoonCard };
