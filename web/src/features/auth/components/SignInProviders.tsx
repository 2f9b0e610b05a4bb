import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { SignInOptions } from '../hooks/useSignInOptions';

interface SignInProvidersProps {
  providers: SignInOptions['providers'];
  /** The page to land on after sign-in. */
  next: string;
}

/**
 * A button per identity provider: a plain link, since single sign-on leaves the app for the provider's own
 * page and comes back through the service, which opens the session.
 */
export function SignInProviders({ providers, next }: SignInProvidersProps) {
  const { t } = useTranslation('auth');
  if (providers.length === 0) return null;
  return (
    <nav aria-label={t('login.providersLabel')} className="sign-in-providers">
      {providers.map((provider) => (
        <Button key={provider.id} asChild variant="primary">
          <a href={`${provider.signInUrl}?next=${encodeURIComponent(next)}`}>
            {t('login.withProvider', { name: provider.name })}
          </a>
        </Button>
      ))}
    </nav>
  );
}
