// Facebook: Lexical in the post dialog; comment boxes publish on plain Enter.
import { isButtonLabelled, matchesAny } from './match';
import type { SiteAdapter } from './types';

const LEXICAL = 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]';

export const facebook: SiteAdapter = {
  id: 'facebook',
  platform: 'facebook',
  hosts: ['facebook.com'],
  composers: [
    { selector: `${LEXICAL}[aria-label*="comment" i]`, submitOnEnter: true },
    { selector: `[role="dialog"] ${LEXICAL}` },
  ],
  isPublishControl: (el) =>
    matchesAny(el, ['div[role="button"][aria-label="Post"]', 'div[role="button"][aria-label="Comment"]']) || isButtonLabelled(el, ['Post']),
  modEnterPublishes: false,
};
