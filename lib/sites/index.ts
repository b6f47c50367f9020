// Picks the adapter for a host; the generic one when no site claims it.
import { bluesky } from './bluesky';
import { facebook } from './facebook';
import { generic } from './generic';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { mastodon } from './mastodon';
import { reddit } from './reddit';
import { threads } from './threads';
import { tiktok } from './tiktok';
import type { SiteAdapter } from './types';
import { x } from './x';
import { youtube } from './youtube';

export type { ComposerSpec, SiteAdapter } from './types';
export { generic };

export const ADAPTERS: readonly SiteAdapter[] = [x, linkedin, facebook, instagram, threads, reddit, bluesky, mastodon, youtube, tiktok];

function hostMatches(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

export function adapterFor(hostname: string): SiteAdapter {
  const host = hostname.toLowerCase();
  return ADAPTERS.find((a) => a.hosts.some((d) => hostMatches(host, d))) ?? generic;
}

/** The content script's match patterns: every adapter's hosts and their subdomains, https only. */
export const MATCH_PATTERNS: string[] = ADAPTERS.flatMap((a) => a.hosts.map((d) => `https://*.${d}/*`));
