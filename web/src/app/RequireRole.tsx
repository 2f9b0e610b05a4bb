import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { type Me, useMe } from '../features/auth/hooks/useMe';
import { Forbidden } from '../shared/components/Forbidden';

/**
 * Pages for some people only (under RequireSession, so the person is known): anyone else gets a "not
 * allowed" page instead of a page whose every request the API would refuse. `textKey` (common namespace)
 * says who the page is for when it is not the default "admins and coordinators".
 */
export function RequireRole({ allow, textKey }: { allow: (me: Me) => boolean; textKey?: string }) {
  const { t } = useTranslation();
  const me = useMe().data;
  if (!me) return null;
  if (!allow(me)) return <Forbidden text={textKey ? t(textKey) : undefined} />;
  return <Outlet />;
}
