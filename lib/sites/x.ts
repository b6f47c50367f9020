// X (Twitter): Draft.js composer; thread replies get _1, _2 ... test ids.
import { matchesAny } from './match';
import type { SiteAdapter } from './types';

export const x: SiteAdapter = {
  id: 'x',
  platform: 'x',
  hosts: ['x.com', 'twitter.com'],
  composers: [{ selector: '[data-testid^="tweetTextarea_"]' }, { selector: '.public-DraftEditor-content[role="textbox"]' }],
  isPublishControl: (el) => matchesAny(el, ['[data-testid="tweetButton"]', '[data-testid="tweetButtonInline"]']),
  modEnterPublishes: true,
};
