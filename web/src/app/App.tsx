import { useState } from 'react';
import { createBrowserRouter } from 'react-router';
// The DOM RouterProvider gives navigations ReactDOM.flushSync, which the list filters ask for (useUrlFilters).
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from './AppProviders';
import { createI18n } from './i18n';
import { createQueryClient } from './query-client';
import { routes } from './routes';
import { preloadStartPage } from './StartPage';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [i18n] = useState(() => {
    const instance = createI18n();
    if (window.location.pathname === '/') preloadStartPage(instance);
    return instance;
  });
  const [router] = useState(() => createBrowserRouter(routes));
  return (
    <AppProviders queryClient={queryClient} i18n={i18n}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
