import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setApiLanguage } from '../api/client';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'sv';

type Messages = Record<string, unknown>;

// Every feature keeps its strings beside it (features/<feature>/<feature>.sv.json); the file's name is the
// namespace. Shared strings live in shared/i18n/common.<lang>.json.
const files = import.meta.glob<Messages>(['../features/*/*.{sv,en}.json', '../shared/i18n/*.{sv,en}.json'], {
  eager: true,
  import: 'default',
});

/** { sv: { overview: {...}, common: {...} }, en: {...} } from the files above. */
export function resourcesFrom(modules: Record<string, Messages>): Record<Language, Record<string, Messages>> {
  const resources: Record<Language, Record<string, Messages>> = { sv: {}, en: {} };
  for (const [path, messages] of Object.entries(modules)) {
    const match = /([\w-]+)\.(sv|en)\.json$/.exec(path);
    if (!match) continue;
    resources[match[2] as Language][match[1]] = messages;
  }
  return resources;
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** i18next with Swedish first; English falls back to Swedish for a string not translated yet. */
export function createI18n(language: Language = DEFAULT_LANGUAGE): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: resourcesFrom(files),
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    defaultNS: 'common',
    ns: Object.keys(resourcesFrom(files).sv),
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  const follow = (lng: string) => {
    setApiLanguage(lng);
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
  };
  follow(instance.language);
  instance.on('languageChanged', follow);
  return instance;
}
