import { Button, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Link as RouterLink, useLocation, useNavigate, useSearchParams } from 'react-router';
import { safeNext } from '../../../app/safe-next';
import { ErrorMessage } from '../../../shared/components/ErrorMessage';
import { usePageTitle } from '../../../shared/usePageTitle';
import { SignInError } from '../components/SignInError';
import { SignInProviders } from '../components/SignInProviders';
import { useMe } from '../hooks/useMe';
import { useSignIn } from '../hooks/useSignIn';
import { useSignInOptions } from '../hooks/useSignInOptions';

export function LoginPage() {
  const { t } = useTranslation('auth');
  usePageTitle(t('login.title'));
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const signInError = params.get('error');
  const navigate = useNavigate();
  const me = useMe();
  const signIn = useSignIn();
  const options = useSignInOptions();
  const providers = options.data?.providers ?? [];
  // Until the options arrive (or if they cannot be read) the password form is offered, as before.
  const passwordLogin = options.data?.passwordLogin ?? true;
  // After choosing a password (set-password page) the account's address comes along.
  const given: unknown = useLocation().state;
  const [email, setEmail] = useState(() =>
    given && typeof given === 'object' && 'email' in given && typeof given.email === 'string'
      ? given.email
      : '',
  );
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);

  if (me.data) return <Navigate to={next} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim() || !password) {
      setMissing(true);
      return;
    }
    setMissing(false);
    signIn.mutate(
      { email: email.trim(), password },
      { onSuccess: () => void navigate(next, { replace: true }) },
    );
  };

  const intro =
    providers.length === 0
      ? 'login.intro'
      : passwordLogin
        ? 'login.introProviders'
        : 'login.introProvidersOnly';

  return (
    <div className="narrow">
      <Heading level={1} data-size="lg">
        {t('login.title')}
      </Heading>
      {signInError && <SignInError code={signInError} />}
      {options.isPending ? (
        <Paragraph aria-busy="true">{t('login.loadingOptions')}</Paragraph>
      ) : (
        <Paragraph>{t(intro)}</Paragraph>
      )}
      {options.isError && <ErrorMessage error={options.error} onRetry={() => void options.refetch()} />}
      <SignInProviders providers={providers} next={next} />
      {passwordLogin && (
        <div>
          {providers.length > 0 && (
            <Heading level={2} data-size="xs">
              {t('login.passwordHeading')}
            </Heading>
          )}
          {signIn.isError && <ErrorMessage error={signIn.error} />}
          <form onSubmit={submit} noValidate className="form">
            <Textfield
              label={t('login.email')}
              type="email"
              name="email"
              autoComplete="username"
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              error={missing && !email.trim() ? t('login.required') : undefined}
              required
            />
            <Textfield
              label={t('login.password')}
              type="password"
              name="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              error={missing && !password ? t('login.required') : undefined}
              required
            />
            <Button type="submit" loading={signIn.isPending}>
              {t('login.submit')}
            </Button>
          </form>
          <Paragraph>
            <Link asChild>
              <RouterLink to="/forgot-password">{t('login.forgot')}</RouterLink>
            </Link>
          </Paragraph>
        </div>
      )}
    </div>
  );
}
