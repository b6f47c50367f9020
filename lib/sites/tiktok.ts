// TikTok: the caption editor on the upload page.
import { matchesAny } from './match';
import type { SiteAdapter } from './types';

export const tiktok: SiteAdapter = {
  id: 'tiktok',
  platform: 'tiktok',
  hosts: ['tiktok.com'],
  composers: [{ selector: '.public-DraftEditor-content[contenteditable="true"]' }, { selector: 'div[contenteditable="true"]' }],
  isPublishControl: (el) => matchesAny(el, ['button[data-e2e="post_video_button"]']),
  modEnterPublishes: false,
};
