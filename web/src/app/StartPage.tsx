import { Suspense, lazy } from 'react';
import { Navigate } from 'react-router';
import { useMe } from '../features/auth/hooks/useMe';
import { PageSkeleton } from '../shared/components/PageSkeleton';
import { isRegionStaff } from './roles';

// Loaded on demand, like every feature page: the login page does not carry the overview.
const OverviewPage = lazy(async () => ({
  default: (await import('../features/overview/pages/OverviewPage')).OverviewPage,
}));

/** "/": the county overview for the region's staff, their own municipality's page for a municipality's people. */
export function StartPage() {
  const me = useMe();
  if (!me.data) return null;
  if (isRegionStaff(me.data))
    return (
      <Suspense fallback={<PageSkeleton rows={8} />}>
        <OverviewPage />
      </Suspense>
    );
  return <Navigate to={`/municipalities/${me.data.organizationId}`} replace />;
}
