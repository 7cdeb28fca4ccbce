import { lazy, Suspense, useEffect, useState } from 'react';
import { ROUTES, routeFromHash, type RouteId } from '../shared/routes.ts';
import { WizardPage } from '../pages/wizard/WizardPage.tsx';
import { PageErrorBoundary } from './PageErrorBoundary.tsx';

// The wizard is the landing page; the other pages load when first opened, which keeps the first
// load within its budget (see `npm run bench`).
const CheckPage = lazy(() => import('../pages/check/CheckPage.tsx').then((m) => ({ default: m.CheckPage })));
const DecisionPage = lazy(() =>
  import('../pages/decision/DecisionPage.tsx').then((m) => ({ default: m.DecisionPage })),
);

const QuickPage = lazy(() => import('../pages/quick/QuickPage.tsx').then((m) => ({ default: m.QuickPage })));

function useRoute(): RouteId {
  const [route, setRoute] = useState<RouteId>(() => routeFromHash(window.location.hash));
  useEffect(() => {
    const onHash = () => setRoute(routeFromHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return route;
}

export function App() {
  const route = useRoute();
  return (
    <div className="app">
      <header className="app-header">
        <span className="app-title">Milvus message storage</span>
        <nav aria-label="Main">
          {ROUTES.map((r) => (
            <a key={r.id} href={r.path} aria-current={route === r.id ? 'page' : undefined}>
              {r.label}
            </a>
          ))}
        </nav>
      </header>
      <main className="app-main">
        <PageErrorBoundary key={route}>
          {route === 'wizard' && <WizardPage />}
          <Suspense fallback={<p className="page-loading">Loading…</p>}>
            {route === 'quick' && <QuickPage />}
            {route === 'check' && <CheckPage />}
            {route === 'decide' && <DecisionPage />}
          </Suspense>
        </PageErrorBoundary>
      </main>
    </div>
  );
}
