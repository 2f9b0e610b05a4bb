import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/**
 * Everything Samverkan holds about a person (GDPR articles 15 and 20), to download: as a readable PDF and as
 * JSON for another system. `personId` for an admin's view of someone; without it, the signed-in person's own.
 */
export function PersonalDataDownloads({ personId, name }: { personId?: string; name?: string }) {
  const { t } = useTranslation('privacy');
  const base = personId ? `/api/people/${personId}/personal-data` : '/api/me/personal-data';
  const own = !personId;
  return (
    <section aria-labelledby="personal-data" className="section prose">
      <Heading level={2} data-size="sm" id="personal-data">
        {own ? t('downloads.ownTitle') : t('downloads.title')}
      </Heading>
      <Paragraph>{own ? t('downloads.ownText') : t('downloads.text', { name })}</Paragraph>
      <ul className="link-list">
        <li>
          <Link href={`${base}.pdf`} download>
            {t('downloads.pdf')}
          </Link>
        </li>
        <li>
          <Link href={base} download="personuppgifter.json">
            {t('downloads.json')}
          </Link>
        </li>
      </ul>
    </section>
  );
}
