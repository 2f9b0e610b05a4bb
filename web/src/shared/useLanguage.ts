import { useContext, useSyncExternalStore } from 'react';
import { I18nContext } from 'react-i18next';
import { DEFAULT_LANGUAGE } from '../app/i18n';

/**
 * The app's language, for components that only format (dates, numbers) and show no text of their own. Unlike
 * useTranslation, it does not copy the i18n instance for each component that mounts (react-i18next does),
 * which in a table of dates was a visible part of the first render on a slow phone.
 */
export function useLanguage(): string {
  const { i18n } = useContext(I18nContext);
  return useSyncExternalStore(
    (changed) => {
      i18n?.on('languageChanged', changed);
      return () => i18n?.off('languageChanged', changed);
    },
    () => i18n?.language ?? DEFAULT_LANGUAGE,
  );
}
