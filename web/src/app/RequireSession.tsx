import { Navigate, Outlet, useLocation } from 'react-router';
import { useMe } from '../features/auth/hooks/useMe';
import { ErrorMessage } from '../shared/components/ErrorMessage';
import { PageSkeleton } from '../shared/components/PageSkeleton';
import { loginPathFor } from './safe-next';

/** The route guard: a signed-out person is sent to /login?next=<this page> and comes back after sign-in. */
export function RequireSession() {
  const location = useLocation();
  const me = useMe();
  if (me.isPending) return <PageSkeleton />;
  if (me.isError) return <ErrorMessage error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to={loginPathFor(`${location.pathname}${location.search}`)} replace />;
  return <Outlet />;
}
