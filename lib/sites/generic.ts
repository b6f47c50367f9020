// Any other site the user enabled: attaches to the focused textarea, contenteditable or
// role=textbox, and knows Mastodon's markers since most such sites are Mastodon instances.
import { MASTODON_COMPOSERS, MASTODON_PUBLISH } from './mastodon';
import { matchesAny } from './match';
import type { SiteAdapter } from './types';

export const generic: SiteAdapter = {
  id: 'generic',
  platform: 'generic',
  hosts: [],
  composers: MASTODON_COMPOSERS,
  isPublishControl: (el) => matchesAny(el, MASTODON_PUBLISH),
  modEnterPublishes: true,
};
