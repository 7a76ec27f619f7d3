import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { nb } from './nb';

export const languages = ['nb', 'en'] as const;
export type Language = (typeof languages)[number];
const storageKey = 'ankomst.language';

function initialLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(storageKey);
    if (stored === 'en' || stored === 'nb') return stored;
  } catch {
    // Storage blocked (private mode, policy): bokmål is the default anyway.
  }
  return 'nb';
}

/** Bokmål first; English for staff who prefer it. Both bundles are small and ship together. */
export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: { nb: { translation: nb }, en: { translation: en } },
  lng: initialLanguage(),
  fallbackLng: 'nb',
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
  showSupportNotice: false,
});

const syncHtmlLang = (language: string) => {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
};
syncHtmlLang(i18n.language);
i18n.on('languageChanged', (language) => {
  syncHtmlLang(language);
  try {
    globalThis.localStorage?.setItem(storageKey, language);
  } catch {
    // Not remembered across visits; still switched for this one.
  }
});

/** Locale for Intl formatting of the current UI language. */
export const intlLocale = (language: string) => (language === 'en' ? 'en-GB' : 'nb-NO');
