import { useRecordContext, useTranslate } from 'react-admin';
import type { RecordOf } from '../../api/resources/types';
import type { results } from '../../api/resources/results';

export const ResultTitle = () => {
  const r = useRecordContext<RecordOf<typeof results>>();
  const translate = useTranslate();
  return <span>{r ? translate('qd.results.title', { entity: r.entityName, code: r.taskCode }) : ''}</span>;
};
