/**
 * The app's pages, addressed by the URL hash so the static build works from any folder. The only
 * place a page's address is written: links, redirects, the wizard's step addresses and its share
 * links are made from these.
 */
export const ROUTES = [
  { id: 'wizard', path: '#/wizard', label: 'Wizard' },
  { id: 'quick', path: '#/quick', label: 'Quick manifest' },
  { id: 'check', path: '#/check', label: 'Check YAML' },
  { id: 'decide', path: '#/rocksmq-or-nats', label: 'RocksMQ or NATS?' },
] as const;

export type RouteId = (typeof ROUTES)[number]['id'];

/** The page's own address, e.g. `#/wizard`. */
export function routePath(id: RouteId): string {
  const route = ROUTES.find((r) => r.id === id);
  if (!route) throw new Error(`No route ${id}.`);
  return route.path;
}

/** Opens a page of the app (a new history entry, as a link would). */
export function openRoute(id: RouteId): void {
  window.location.hash = routePath(id);
}

export function routeFromHash(hash: string): RouteId {
  const found = ROUTES.find((r) => hash === r.path || hash.startsWith(`${r.path}?`) || hash.startsWith(`${r.path}/`));
  return found ? found.id : 'wizard';
}
