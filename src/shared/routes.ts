/** The app's pages, addressed by the URL hash so the static build works from any folder. */
export const ROUTES = [
  { id: 'wizard', path: '#/wizard', label: 'Wizard' },
  { id: 'check', path: '#/check', label: 'Check YAML' },
  { id: 'decide', path: '#/rocksmq-or-nats', label: 'RocksMQ or NATS?' },
] as const;

export type RouteId = (typeof ROUTES)[number]['id'];

export function routeFromHash(hash: string): RouteId {
  const found = ROUTES.find((r) => hash === r.path || hash.startsWith(`${r.path}?`) || hash.startsWith(`${r.path}/`));
  return found ? found.id : 'wizard';
}
