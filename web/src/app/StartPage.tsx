import type { i18n as I18n } from 'i18next';
import { Suspense, lazy } from 'react';
import { Navigate } from 'react-router';
import { useMe } from '../features/auth/hooks/useMe';
import { PageSkeleton } from '../shared/components/PageSkeleton';
import { isRegionStaff } from './roles';

// Loaded on demand, like every feature page: the login page does not carry the overview.
const loadOverviewPage = () => import('../features/overview/pages/OverviewPage');
const OverviewPage = lazy(async () => ({ default: (await loadOverviewPage()).OverviewPage }));

/**
 * When the app opens at "/": fetches the overview's chunk (its code and texts) beside /api/me rather than
 * after it, so that the overview asks for its data as soon as /api/me says who the person is.
 */
export function preloadStartPage(i18n: I18n): void {
  void loadOverviewPage();
  void i18n.loadNamespaces('overview');
}

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
