import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../features/auth/hooks/useMe';
import { useSaveLocale } from '../features/auth/hooks/useSaveLocale';
import { useToast } from '../shared/toast/ToastProvider';
import { errorText } from '../shared/errors';
import { type Language } from './i18n';

const NAMES: Record<Language, string> = { sv: 'Svenska', en: 'English' };

/** Svenska | English; a signed-in person's choice is saved in their profile (PATCH /api/me). */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const saveLocale = useSaveLocale();
  const toast = useToast();
  const current = i18n.language as Language;

  const choose = async (language: Language) => {
    if (language === current) return;
    await i18n.changeLanguage(language);
    if (me.data) {
      saveLocale.mutate(language, {
        onSuccess: () => toast.show(i18n.getFixedT(language)('common:languageChanged')),
        onError: (error) => toast.show(errorText(error, t), 'danger'),
      });
    }
  };

  return (
    <div role="group" aria-label={t('language')} className="language-switcher">
      {(Object.keys(NAMES) as Language[]).map((language) => (
        <Button
          key={language}
          lang={language}
          variant={language === current ? 'secondary' : 'tertiary'}
          data-size="sm"
          aria-pressed={language === current}
          onClick={() => void choose(language)}
        >
          {NAMES[language]}
        </Button>
      ))}
    </div>
  );
}
