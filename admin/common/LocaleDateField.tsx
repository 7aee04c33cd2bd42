import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';

const DATE_LOCALES: Record<string, string> = { zh: 'zh-CN', en: 'en-GB' };

/** A date and time written the way the chosen UI language writes it, whatever the browser's own locale. */
export const LocaleDateField = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  return <DateField showTime locales={DATE_LOCALES[locale] ?? locale} {...props} />;
};

/** The same writing for a time outside a record field (a table of entries inside one record). */
export const useFormatDateTime = () => {
  const [locale] = useLocaleState();
  return (iso: string) => new Date(iso).toLocaleString(DATE_LOCALES[locale] ?? locale, { timeZone: 'Asia/Shanghai' });
};
