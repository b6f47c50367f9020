// YouTube comments: a custom contenteditable that mounts after the placeholder is clicked.
import { matchesAny } from './match';
import type { SiteAdapter } from './types';

export const youtube: SiteAdapter = {
  id: 'youtube',
  platform: 'youtube',
  hosts: ['youtube.com'],
  composers: [{ selector: '#contenteditable-root[contenteditable="true"]' }],
  isPublishControl: (el) => matchesAny(el, ['#submit-button button', '#submit-button']),
  modEnterPublishes: false,
};
