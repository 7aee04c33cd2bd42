import { RecordContextProvider, ReferenceField, TextField, useTranslate } from 'react-admin';
import { formatRatio } from './format';

/** One field of a plan line as people read it: names for ids, percentages for ratios, words for codes. */
export const PlanLineValue = ({ field, value }: { field: string; value: unknown }) => {
  const translate = useTranslate();
  if (value === null || value === undefined || value === '') return <>{translate('qd.plans.diff.empty')}</>;
  switch (field) {
    case 'itemId':
    case 'departmentId':
      return (
        <RecordContextProvider value={{ id: String(value), [field]: value }}>
          <ReferenceField source={field} reference={field === 'itemId' ? 'items' : 'departments'} link={false}>
            <TextField source="name" />
          </ReferenceField>
        </RecordContextProvider>
      );
    case 'ratioBp':
      return <>{formatRatio(Number(value))}</>;
    case 'count':
      return <>{translate('qd.plans.count_n', { n: value })}</>;
    case 'frequency':
      return <>{translate(`qd.plans.frequencies.${value}`)}</>;
    case 'method':
      return <>{translate(`qd.plans.methods.${value}`)}</>;
    case 'joint':
      return <>{translate(value ? 'qd.plans.joint.joint' : 'qd.plans.joint.single')}</>;
    default:
      return <>{String(value)}</>;
  }
};
