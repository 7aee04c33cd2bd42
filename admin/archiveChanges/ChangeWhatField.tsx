import { useRecordContext, useTranslate } from 'react-admin';
import type { ArchiveChange } from '../records';

/** What a change request does, with its value: 更正著录项：存放位置 → 档案室 B-02-01, or 增加文书：<the document's title>. */
export const ChangeWhatField = () => {
  const c = useRecordContext<ArchiveChange>();
  const translate = useTranslate();
  if (!c) return null;
  const kind = translate(`qd.archiveChanges.kinds.${c.kind}`);
  if (c.kind === 'correctField' && c.field) {
    const value =
      c.field === 'retention'
        ? translate(`qd.archives.retention.${String(c.value)}`)
        : typeof c.value === 'boolean'
          ? translate(c.value ? 'ra.boolean.true' : 'ra.boolean.false')
          : String(c.value ?? '—');
    return <>{`${kind}：${translate(`resources.archives.fields.${c.field}`)} → ${value}`}</>;
  }
  return <>{c.document ? `${kind}：${c.document.title}` : kind}</>;
};
