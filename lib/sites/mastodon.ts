// Mastodon: a React-controlled textarea. Federated: other instances reach the content script
// through run-time registration and the generic adapter, which shares these markers.
import { matchesAny } from './match';
import type { ComposerSpec, SiteAdapter } from './types';

export const MASTODON_COMPOSERS: ComposerSpec[] = [{ selector: 'form.compose-form textarea' }];
export const MASTODON_PUBLISH = ['.compose-form__submit button[type="submit"]', 'form.compose-form button[type="submit"]'];

export const mastodon: SiteAdapter = {
  id: 'mastodon',
  platform: 'mastodon',
  hosts: ['mastodon.social', 'mastodon.online', 'mstdn.social'],
  composers: MASTODON_COMPOSERS,
  isPublishControl: (el) => matchesAny(el, MASTODON_PUBLISH),
  modEnterPublishes: true,
};
