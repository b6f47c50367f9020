// One brand-voice problem, before it becomes a Finding.
import type { Severity } from '../../types';

export interface Issue {
  rule: string;
  start: number;
  end: number;
  severity: Severity;
  message: string;
  explanation: string;
  confidence: number;
  /** A replacement for the span, or text appended at `at`. */
  fix?: { title: string; text: string; at?: number };
}
