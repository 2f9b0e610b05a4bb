import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../shared/usePageTitle';

const DIGG_REPORT_URL =
  'https://www.digg.se/analys-och-uppfoljning/lagen-om-tillganglighet-till-digital-offentlig-service-dos-lagen/anmal-bristande-tillganglighet';

/** /accessibility: the accessibility statement (DIGG's template for the DOS law), public. */
export function AccessibilityPage() {
  const { t } = useTranslation('accessibility');
  usePageTitle(t('title'));
  const gaps = t('gaps', { returnObjects: true }) as string[];
  return (
    <article className="prose">
      <Heading level={1} data-size="lg">
        {t('title')}
      </Heading>
      <Paragraph>{t('intro')}</Paragraph>
      <Heading level={2} data-size="sm">
        {t('statusHeading')}
      </Heading>
      <Paragraph>{t('status')}</Paragraph>
      <Paragraph>{t('statusLevel')}</Paragraph>
      <Heading level={2} data-size="sm">
        {t('gapsHeading')}
      </Heading>
      <ul>
        {gaps.map((gap) => (
          <li key={gap}>{gap}</li>
        ))}
      </ul>
      <Heading level={2} data-size="sm">
        {t('contactHeading')}
      </Heading>
      <Paragraph>{t('contact')}</Paragraph>
      <Heading level={2} data-size="sm">
        {t('reportHeading')}
      </Heading>
      <Paragraph>{t('report')}</Paragraph>
      <Heading level={2} data-size="sm">
        {t('enforcementHeading')}
      </Heading>
      <Paragraph>{t('enforcement')}</Paragraph>
      <Paragraph>
        <Link href={DIGG_REPORT_URL}>{t('diggLink')}</Link>
      </Paragraph>
      <Heading level={2} data-size="sm">
        {t('testingHeading')}
      </Heading>
      <Paragraph>{t('testing')}</Paragraph>
      <Paragraph data-size="sm">{t('updated')}</Paragraph>
    </article>
  );
}
