import { Navigate } from 'react-router';
import { useMe } from '../features/auth/hooks/useMe';
import { OverviewPage } from '../features/overview/pages/OverviewPage';
import { isRegionStaff } from './roles';

/** "/": the county overview for the region's staff, their own municipality's page for a municipality's people. */
export function StartPage() {
  const me = useMe();
  if (!me.data) return null;
  if (isRegionStaff(me.data)) return <OverviewPage />;
  return <Navigate to={`/municipalities/${me.data.organizationId}`} replace />;
}
