import { useRecordContext, useTranslate } from 'react-admin';

/** 变动 2026-02-13 · 录入 2026-03-02: when the change happened and when it was recorded. */
export const LateRecordDates = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return <span>{translate('qd.home.late_dates', { changedOn: record.changedOn, recordedOn: record.recordedOn })}</span>;
};
