import { Alert, Button, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../api/errors';
import { ErrorMessage } from '../../../shared/components/ErrorMessage';
import { PageSkeleton } from '../../../shared/components/PageSkeleton';
import { useToast } from '../../../shared/toast/ToastProvider';
import { usePageTitle } from '../../../shared/usePageTitle';
import { usePasswordToken, useSetPassword } from '../hooks/usePasswordLinks';

const MIN_LENGTH = 12;

/** /set-password/:token: the welcome email's link (purpose `set`) and the forgot-password link (`reset`). */
export function SetPasswordPage() {
  const { t } = useTranslation('auth');
  const { token = '' } = useParams();
  const link = usePasswordToken(token);
  const setPassword = useSetPassword(token);
  const navigate = useNavigate();
  const toast = useToast();
  const [password, setPasswordText] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<'tooShort' | 'mismatch' | null>(null);
  const title = link.data?.purpose === 'reset' ? t('setPassword.titleReset') : t('setPassword.titleSet');
  usePageTitle(title);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (password.length < MIN_LENGTH) return setProblem('tooShort');
    if (password !== confirm) return setProblem('mismatch');
    setProblem(null);
    setPassword.mutate(password, {
      onSuccess: () => {
        toast.show(t('setPassword.saved'));
        // The login page opens with the account's address filled in.
        void navigate('/login', { replace: true, state: { email: link.data?.email } });
      },
    });
  };

  const unusable = isApiError(link.error, 410) ? 'expired' : isApiError(link.error, 404) ? 'unknown' : null;
  return (
    <div className="narrow">
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {link.isPending && <PageSkeleton rows={2} />}
      {unusable && (
        <Alert data-color="warning" role="alert">
          <Paragraph>{t(`setPassword.${unusable}`)}</Paragraph>
          <Link asChild>
            <RouterLink to="/forgot-password">{t('setPassword.newLink')}</RouterLink>
          </Link>
        </Alert>
      )}
      {link.isError && !unusable && <ErrorMessage error={link.error} onRetry={() => void link.refetch()} />}
      {link.data && (
        <>
          <Paragraph>{t('setPassword.intro', { email: link.data.email })}</Paragraph>
          {setPassword.isError && <ErrorMessage error={setPassword.error} />}
          <form onSubmit={submit} noValidate className="form">
            <Textfield
              label={t('setPassword.password')}
              description={t('setPassword.passwordHint')}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(event) => setPasswordText(event.target.value)}
              error={problem === 'tooShort' ? t('setPassword.tooShort') : undefined}
              required
            />
            <Textfield
              label={t('setPassword.confirm')}
              type="password"
              autoComplete="new-password"
              value={confirm}
              onChange={(event) => setConfirm(event.target.value)}
              error={problem === 'mismatch' ? t('setPassword.mismatch') : undefined}
              required
            />
            <Button type="submit" loading={setPassword.isPending}>
              {t('setPassword.submit')}
            </Button>
          </form>
        </>
      )}
    </div>
  );
}
