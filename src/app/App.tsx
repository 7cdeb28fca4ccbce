import { useEffect, useState } from 'react';
import { ROUTES, routeFromHash, type RouteId } from './routes.ts';
import { WizardPage } from '../pages/wizard/WizardPage.tsx';
import { CheckPage } from '../pages/check/CheckPage.tsx';
import { DecisionPage } from '../pages/decision/DecisionPage.tsx';

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
        {route === 'wizard' && <WizardPage />}
        {route === 'check' && <CheckPage />}
        {route === 'decide' && <DecisionPage />}
      </main>
    </div>
  );
}
