import polyglotI18nProvider from 'ra-i18n-polyglot';
import { zh } from '../i18n/zh';
import { en } from '../i18n/en';

export const DEFAULT_LOCALE = 'zh';

/** Simplified Chinese by default; the app bar's locale menu switches to English (remembered in the store). */
export const i18nProvider = polyglotI18nProvider((locale) => (locale === 'en' ? en : zh), DEFAULT_LOCALE, [
  { locale: 'zh', name: '简体中文' },
  { locale: 'en', name: 'English' },
]);
