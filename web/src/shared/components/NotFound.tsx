import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { usePageTitle } from '../usePageTitle';

/** The "not found" page: an unknown path, and a resource the API answers 404 for (e.g. another municipality's). */
export function NotFound() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('notFound.title')}
      </Heading>
      <Paragraph>{t('notFound.text')}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/">{t('notFound.home')}</RouterLink>
        </Link>
      </Paragraph>
    </>
  );
}
