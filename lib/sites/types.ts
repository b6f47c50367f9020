// What Guardrail knows about one site's composers and publish controls. Adapters are data
// plus tiny predicates, so a site changing its markup means editing one small file.
import type { Platform } from '../engine/types';

/** Where a composer can be found on a page. */
export interface ComposerSpec {
  /** Matches the editable element itself (or an element wrapping it). */
  selector: string;
  /** The composer lives in the open shadow roots of these hosts (web components such as Reddit's). */
  shadowHost?: string;
  /** The site publishes on plain Enter in this composer (comment boxes). */
  submitOnEnter?: boolean;
}

export interface SiteAdapter {
  id: string;
  platform: Platform;
  /** Host names this adapter answers for; a host also matches its subdomains. */
  hosts: string[];
  composers: ComposerSpec[];
  /** Whether an element on a click's composed path is this site's publish control. */
  isPublishControl(el: Element, path: readonly EventTarget[]): boolean;
  /** The site publishes on Ctrl/Cmd+Enter from the composer. */
  modEnterPublishes: boolean;
}
