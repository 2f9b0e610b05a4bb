import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { usePageTitle } from '../usePageTitle';

/** "Not allowed": a signed-in person on a page whose audience they are not (e.g. a municipality's person on /admin). */
export function Forbidden({ text }: { text?: string }) {
  const { t } = useTranslation();
  usePageTitle(t('forbidden.title'));
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('forbidden.title')}
      </Heading>
      <Paragraph>{text ?? t('forbidden.text')}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/">{t('forbidden.home')}</RouterLink>
        </Link>
      </Paragraph>
    </>
  );
}
