// Bluesky: TipTap (ProseMirror).
import { matchesAny } from './match';
import type { SiteAdapter } from './types';

export const bluesky: SiteAdapter = {
  id: 'bluesky',
  platform: 'bluesky',
  hosts: ['bsky.app'],
  composers: [{ selector: '.ProseMirror[contenteditable="true"]' }],
  isPublishControl: (el) => matchesAny(el, ['button[data-testid="composerPublishBtn"]']),
  modEnterPublishes: true,
};
