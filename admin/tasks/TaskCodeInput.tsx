import { useEffect } from 'react';
import { TextInput, regex, required, useDataProvider, useRecordContext } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import type { QdDataProvider } from '../providers/dataProvider';

const CODE = regex(/^[A-Z]{2,8}-\d{4}-\d{3,5}$/, 'qd.tasks.code_format');

/** 任务编号: a new task starts with the unit's next free code (QD-2026-003), which the user may still change. */
export const TaskCodeInput = () => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<QdDataProvider>();
  const { getValues, setValue } = useFormContext();
  const isNew = record?.id == null;
  useEffect(() => {
    if (!isNew) return;
    let live = true;
    dataProvider.getNextTaskCode().then(
      (code) => {
        if (live && !getValues('code')) setValue('code', code, { shouldDirty: true });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [isNew, dataProvider, getValues, setValue]);
  return <TextInput source="code" validate={[required(), CODE]} helperText="qd.tasks.code_helper" />;
};
