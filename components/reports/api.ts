// What the reports view needs from the extension; entrypoints/options/reports.ts implements it.
import type { GuardrailEvent } from '../../lib/protocol';

export interface ReportsApi {
  /** The recorded events since a time (events hold no text). */
  events(since: number): Promise<GuardrailEvent[]>;
  /** The https address IT set for the organization-wide weekly counts; undefined when off. */
  orgEndpoint(): Promise<string | undefined>;
}
