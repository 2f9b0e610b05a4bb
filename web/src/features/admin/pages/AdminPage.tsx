import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { hasRole, isRegionStaff } from '../../../app/roles';
import { usePageTitle } from '../../../shared/usePageTitle';
import { useMe } from '../../auth/hooks/useMe';
import { mayReleasePublicRecords } from '../../public-records/public-records-access';
import { mayAnswerForGuests, mayManageSecrecyGrounds, mayReadAudit } from '../admin-access';

/** /admin: the administration's sections the signed-in person may use. */
export function AdminPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('title'));
  const me = useMe().data!;
  const sections = [
    { path: '/admin/people', title: t('sections.people'), text: t('sections.peopleText') },
    {
      path: '/admin/organizations',
      title: t('sections.organizations'),
      text: t('sections.organizationsText'),
    },
    ...(isRegionStaff(me)
      ? [
          {
            path: '/admin/strategy-areas',
            title: t('sections.strategyAreas'),
            text: t('sections.strategyAreasText'),
          },
        ]
      : []),
    ...(mayManageSecrecyGrounds(me)
      ? [
          {
            path: '/admin/secrecy-grounds',
            title: t('sections.secrecyGrounds'),
            text: t('sections.secrecyGroundsText'),
          },
        ]
      : []),
    ...(mayAnswerForGuests(me)
      ? [{ path: '/admin/guests', title: t('sections.guests'), text: t('sections.guestsText') }]
      : []),
    ...(mayReleasePublicRecords(me)
      ? [
          {
            path: '/admin/public-records',
            title: t('sections.publicRecords'),
            text: t('sections.publicRecordsText'),
          },
        ]
      : []),
    ...(mayReadAudit(me)
      ? [{ path: '/admin/audit', title: t('sections.audit'), text: t('sections.auditText') }]
      : []),
    { path: '/profile/calendar', title: t('sections.calendar'), text: t('sections.calendarText') },
  ];
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('title')}
      </Heading>
      <Paragraph>
        {t('intro', { organization: me.organization.name })} {hasRole(me, 'admin') ? t('introAdmin') : null}
      </Paragraph>
      <ul className="admin-sections">
        {sections.map((section) => (
          <li key={section.path}>
            <Card data-color="neutral" asChild>
              <RouterLink to={section.path}>
                <Heading level={2} data-size="xs">
                  {section.title}
                </Heading>
                <Paragraph data-size="sm">{section.text}</Paragraph>
              </RouterLink>
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}
