import { useRecordContext, useTranslate } from 'react-admin';
import type { Result } from '../records';

export const ResultTitle = () => {
  const r = useRecordContext<Result>();
  const translate = useTranslate();
  return <span>{r ? translate('qd.results.title', { entity: r.entityName, code: r.taskCode }) : ''}</span>;
};
