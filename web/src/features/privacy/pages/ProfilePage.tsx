import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Fact } from '../../../shared/components/Facts';
import { usePageTitle } from '../../../shared/usePageTitle';
import { useMe } from '../../auth/hooks/useMe';
import { PersonalDataDownloads } from '../components/PersonalDataDownloads';

/** /profile (every signed-in person, from their name in the header): who they are here, and their data. */
export function ProfilePage() {
  const { t } = useTranslation('privacy');
  usePageTitle(t('profile.title'));
  const me = useMe().data!;
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('profile.title')}
      </Heading>
      <dl className="facts">
        <Fact label={t('profile.name')}>{me.name}</Fact>
        <Fact label={t('profile.email')}>{me.email}</Fact>
        <Fact label={t('profile.organization')}>{me.organization.name}</Fact>
      </dl>
      <Paragraph className="prose">
        {t('profile.calendarText')}{' '}
        <Link asChild>
          <RouterLink to="/profile/calendar">{t('profile.calendarLink')}</RouterLink>
        </Link>
      </Paragraph>
      <PersonalDataDownloads />
    </>
  );
}
