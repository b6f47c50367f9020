// The options page's sections and their deep links (options.html#/packs, #/editor/acme-health).
import { useEffect, useState } from 'react';

export const SECTIONS = [
  { id: 'packs', label: 'Packs' },
  { id: 'editor', label: 'Pack editor' },
  { id: 'try', label: 'Try it' },
  { id: 'sites', label: 'Sites' },
  { id: 'you', label: 'You' },
  { id: 'organization', label: 'Organization' },
  { id: 'data', label: 'Your data' },
  { id: 'reports', label: 'Reports' },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];

export interface Route {
  section: SectionId;
  /** What follows the section: the pack the editor opens. */
  arg?: string;
}

/** "#/editor/acme-health" -> { section: 'editor', arg: 'acme-health' }; anything unknown opens Packs. */
export function parseRoute(hash: string): Route {
  const [, name = '', ...rest] = hash.replace(/^#/, '').split('/');
  const section = SECTIONS.find((s) => s.id === name)?.id ?? 'packs';
  const arg = rest.length ? decodeURIComponent(rest.join('/')) : undefined;
  return arg ? { section, arg } : { section };
}

export const routeHref = (section: SectionId, arg?: string) => `#/${section}${arg ? `/${encodeURIComponent(arg)}` : ''}`;

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
