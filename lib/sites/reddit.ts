// Reddit: Lexical inside shreddit web components; focus lands on the shadow host, so the
// content script resolves it through composedPath().
import { matchesAny, pathHasHost } from './match';
import type { SiteAdapter } from './types';

const HOSTS = 'shreddit-composer, comment-composer-host, shreddit-post-composer';

export const reddit: SiteAdapter = {
  id: 'reddit',
  platform: 'reddit',
  hosts: ['reddit.com'],
  composers: [{ selector: 'div[role="textbox"][data-lexical-editor="true"]', shadowHost: HOSTS }],
  isPublishControl: (el, path) => matchesAny(el, ['button[type="submit"]']) && pathHasHost(path, HOSTS),
  modEnterPublishes: false,
};
