import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** Why a single sign-on did not go through (`/login?error=CODE`), in words that say what to do. */
export function SignInError({ code }: { code: string }) {
  const { t } = useTranslation('auth');
  return (
    <Alert data-color="danger" role="alert" className="sign-in-error">
      <Heading level={2} data-size="xs">
        {t('login.failedTitle')}
      </Heading>
      <Paragraph>{t(`signInErrors.${code}`, { defaultValue: t('signInErrors.unknown') })}</Paragraph>
    </Alert>
  );
}
