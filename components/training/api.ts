// What the training page needs from the extension; entrypoints/training/api.ts implements it.
import type { EngineClient } from '../../lib/engine-client';
import type { PolicySnapshot } from '../../lib/protocol';

export interface TrainingApi {
  /** The packs in force, as composers get them; undefined when the background does not answer. */
  policy(): Promise<PolicySnapshot | undefined>;
  /** The extension's engine (the same worker composers use). */
  engine: EngineClient;
  /** Calls back when packs or settings change. Returns an unsubscribe. */
  subscribe(listener: () => void): () => void;
}
