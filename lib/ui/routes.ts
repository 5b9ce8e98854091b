// Dashboard hash routes: `#/<name>[/<id>][?a=1&b=2]`. Each view receives the params as a plain record.

export const ROUTES = ['analyse', 'library', 'compare', 'diff', 'requests', 'request', 'draft', 'profile', 'backup'] as const;
export type RouteName = (typeof ROUTES)[number];
export const DEFAULT_ROUTE: RouteName = 'analyse';

export interface Route {
  name: RouteName;
  params: Record<string, string>;
}

/** storage.session key under which the background leaves a context-menu selection for #/analyse. */
export const SELECTION_KEY = 'pendingSelection';
export interface PendingSelection {
  text: string;
  url: string | null;
  title: string | null;
}

function isRouteName(value: string): value is RouteName {
  return (ROUTES as readonly string[]).includes(value);
}

/** Parses a location hash; unknown or empty routes fall back to the default view. */
export function parseRoute(hash: string): Route {
  const body = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = body.split('?', 2);
  const [name = '', id] = path.split('/');
  const params: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(query)) params[key] = value;
  if (!isRouteName(name)) return { name: DEFAULT_ROUTE, params: {} };
  if (id) params.id = decodeURIComponent(id);
  return { name, params };
}

/** Builds a hash such as `#/draft?version=3&right=access` or `#/request/12` (with `{ id: '12' }`). */
export function routeHash(name: RouteName, params: Record<string, string | number> = {}): string {
  const { id, ...rest } = params;
  const query = new URLSearchParams(Object.entries(rest).map(([k, v]) => [k, String(v)])).toString();
  return `#/${name}${id !== undefined ? `/${encodeURIComponent(String(id))}` : ''}${query ? `?${query}` : ''}`;
}

/** The dashboard page's URL for a route (extension contexts only). */
export function dashboardUrl(name: RouteName, params: Record<string, string | number> = {}): string {
  return browser.runtime.getURL('/dashboard.html') + routeHash(name, params);
}
