// What the popup needs from the extension; implemented by entrypoints/popup/api.ts.
import type { PackInfo } from '@/lib/engine/policy';
import type { TabStatus } from '@/lib/protocol';

export interface PopupState {
  /** The current tab's host, or undefined on pages Guardrail cannot run on (chrome://, files). */
  host?: string;
  /** The content script runs on this host (built in or added). */
  covered: boolean;
  /** The user may add this site (https, and IT's allowedSites permits it). */
  canAdd: boolean;
  /** The user's switch for the site is on. */
  siteOn: boolean;
  pausedUntil?: number;
  pauseAllowed: boolean;
  packs: PackInfo[];
  managed: boolean;
}

export interface PopupApi {
  load(): Promise<PopupState>;
  /** What the tab's content script watches now; undefined when no script answers there. */
  tabStatus(): Promise<TabStatus | undefined>;
  /** Asks for this host's permission and starts checking posts on it. */
  addSite(host: string): Promise<void>;
  setSite(host: string, on: boolean): Promise<void>;
  pause(minutes: number): Promise<void>;
  resume(): Promise<void>;
  openOptions(): Promise<void>;
  openTraining(): Promise<void>;
}
