// What the reports view needs from the extension; entrypoints/options/reports.ts implements it.
import type { GuardrailEvent } from '../../lib/protocol';

export interface ReportsApi {
  /** The recorded events since a time (events hold no text). */
  events(since: number): Promise<GuardrailEvent[]>;
}
