import i18next, { type BackendModule, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setApiLanguage } from '../api/client';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'sv';

type Messages = Record<string, unknown>;

// Every feature keeps its strings beside it (features/<feature>/<feature>.sv.json); the file's name is the
// namespace. The shared strings (shared/i18n/common.<lang>.json) and the sign-in pages' come with the app's
// first chunk: the layout, skeletons, error messages and the login page need them at once. Any other
// feature's strings are loaded when one of its pages first asks for them: they are built into the feature's
// own chunk (vite.config.mts), which the page has just loaded, so they cost no request of their own.
const bundled = import.meta.glob<Messages>(
  ['../shared/i18n/*.{sv,en}.json', '../features/auth/*.{sv,en}.json'],
  {
    eager: true,
    import: 'default',
  },
);
const onDemand = import.meta.glob<Messages>(['../features/*/*.{sv,en}.json', '!../features/auth/*'], {
  import: 'default',
});

/** { sv: { overview: {...}, common: {...} }, en: {...} } from the files above. */
export function resourcesFrom<T>(modules: Record<string, T>): Record<Language, Record<string, T>> {
  const resources: Record<Language, Record<string, T>> = { sv: {}, en: {} };
  for (const [path, messages] of Object.entries(modules)) {
    const match = /([\w-]+)\.(sv|en)\.json$/.exec(path);
    if (!match) continue;
    resources[match[2] as Language][match[1]] = messages;
  }
  return resources;
}

/** i18next's backend for the features' strings: the language's file of the namespace, imported on demand. */
function featureStrings(loaders: Record<Language, Record<string, () => Promise<Messages>>>): BackendModule {
  return {
    type: 'backend',
    init: () => undefined,
    read(language, namespace, callback) {
      const load = isLanguage(language) ? loaders[language][namespace] : undefined;
      if (!load) return callback(null, {});
      load().then(
        (messages) => callback(null, messages),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
      );
    },
  };
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** i18next with Swedish first; English falls back to Swedish for a string not translated yet. */
export function createI18n(language: Language = DEFAULT_LANGUAGE): I18n {
  const instance = i18next.createInstance();
  void instance
    .use(initReactI18next)
    .use(featureStrings(resourcesFrom(onDemand)))
    .init({
      resources: resourcesFrom(bundled),
      partialBundledLanguages: true,
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: [...LANGUAGES],
      defaultNS: 'common',
      ns: Object.keys(resourcesFrom(bundled).sv),
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
