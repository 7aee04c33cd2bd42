import { useRecordContext, useTranslate } from 'react-admin';

/** A page title naming the record: `titleKey` is a translation with %{name} (or the given field). */
export const RecordTitle = ({ titleKey, field = 'name' }: { titleKey: string; field?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return <span>{translate(titleKey, { [field]: record[field] })}</span>;
};
