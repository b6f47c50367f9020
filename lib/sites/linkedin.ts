// LinkedIn: Quill 1.x in the share-box modal and in comment boxes.
import { matchesAny } from './match';
import type { SiteAdapter } from './types';

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  platform: 'linkedin',
  hosts: ['linkedin.com'],
  composers: [{ selector: '[data-test-modal-id="sharebox"] .ql-editor' }, { selector: '.comments-comment-box .ql-editor' }],
  isPublishControl: (el) =>
    matchesAny(el, ['button.share-actions__primary-action', 'button.comments-comment-box__submit-button']),
  modEnterPublishes: false,
};
