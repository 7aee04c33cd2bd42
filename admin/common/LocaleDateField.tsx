import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';

const DATE_LOCALES: Record<string, string> = { zh: 'zh-CN', en: 'en-GB' };

/** Every date and time in the admin is China's (the bureaus' and the regulation's), whatever zone the user's PC is set to. */
export const CHINA_TIME_ZONE = 'Asia/Shanghai';

const useDateLocale = () => {
  const [locale] = useLocaleState();
  return DATE_LOCALES[locale] ?? locale;
};

/**
 * A date and time as the chosen UI language writes it, in China time, whatever the browser's own locale and zone.
 * `showTime={false}` for a date alone (a calendar date such as '2026-03-02' stays that date).
 */
export const LocaleDateField = ({ options, ...props }: DateFieldProps) => (
  <DateField showTime locales={useDateLocale()} options={{ ...options, timeZone: CHINA_TIME_ZONE }} {...props} />
);

/** The same writing for a time outside a record field (a table of entries inside one record, a sentence). */
export const useFormatDateTime = () => {
  const locale = useDateLocale();
  return (iso: string, options?: Intl.DateTimeFormatOptions) => new Date(iso).toLocaleString(locale, { ...options, timeZone: CHINA_TIME_ZONE });
};
