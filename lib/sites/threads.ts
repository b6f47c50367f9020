// Threads: one Lexical editor per post of a thread.
import { isButtonLabelled } from './match';
import type { SiteAdapter } from './types';

export const threads: SiteAdapter = {
  id: 'threads',
  platform: 'threads',
  hosts: ['threads.net', 'threads.com'],
  composers: [{ selector: 'div[role="textbox"][data-lexical-editor="true"]' }],
  isPublishControl: (el) => isButtonLabelled(el, ['Post']),
  modEnterPublishes: false,
};
