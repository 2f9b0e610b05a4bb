import { Alert, Button, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ErrorMessage } from '../../../shared/components/ErrorMessage';
import { usePageTitle } from '../../../shared/usePageTitle';
import { useRequestPasswordLink } from '../hooks/usePasswordLinks';

export function ForgotPasswordPage() {
  const { t } = useTranslation('auth');
  usePageTitle(t('forgot.title'));
  const request = useRequestPasswordLink();
  const [email, setEmail] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (email.trim()) request.mutate(email.trim());
  };

  return (
    <div className="narrow">
      <Heading level={1} data-size="lg">
        {t('forgot.title')}
      </Heading>
      {request.isSuccess ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t('forgot.sent')}</Paragraph>
        </Alert>
      ) : (
        <>
          <Paragraph>{t('forgot.intro')}</Paragraph>
          {request.isError && <ErrorMessage error={request.error} />}
          <form onSubmit={submit} className="form">
            <Textfield
              label={t('forgot.email')}
              type="email"
              name="email"
              autoComplete="email"
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              required
            />
            <Button type="submit" loading={request.isPending}>
              {t('forgot.submit')}
            </Button>
          </form>
        </>
      )}
      <Paragraph>
        <Link asChild>
          <RouterLink to="/login">{t('forgot.back')}</RouterLink>
        </Link>
      </Paragraph>
    </div>
  );
}
