// Instagram: Lexical caption on the share screen; comments are a textarea that posts on Enter.
import { isButtonLabelled } from './match';
import type { SiteAdapter } from './types';

export const instagram: SiteAdapter = {
  id: 'instagram',
  platform: 'instagram',
  hosts: ['instagram.com'],
  composers: [
    { selector: '[aria-label="Write a caption..."][contenteditable="true"]' },
    { selector: 'textarea[aria-label*="comment" i]', submitOnEnter: true },
  ],
  isPublishControl: (el) => isButtonLabelled(el, ['Share', 'Post']),
  modEnterPublishes: false,
};
