// The training page's TrainingApi: the packs in force come from the background, exactly as a
// composer gets them, so the class sees what employees see. Nothing is sent anywhere else.
import { browser } from 'wxt/browser';
import type { TrainingApi } from '@/components/training/api';
import { createEngineClient } from '@/lib/engine-client';
import type { PolicySnapshot, Request } from '@/lib/protocol';

/** Not a host: the training page asks for the policy regardless of any site switch. */
const TRAINING_SITE = 'guardrail-training';

export const trainingApi: TrainingApi = {
  async policy() {
    const request: Request = { type: 'policy/get', site: TRAINING_SITE };
    try {
      const answer = (await browser.runtime.sendMessage(request)) as PolicySnapshot | undefined;
      return answer && Array.isArray(answer.packs) ? answer : undefined;
    } catch {
      return undefined;
    }
  },
  engine: createEngineClient((request) => browser.runtime.sendMessage(request)),
  subscribe(listener) {
    const handler = (message: unknown) => {
      if ((message as { type?: string } | null)?.type === 'policy/changed') listener();
    };
    browser.runtime.onMessage.addListener(handler);
    return () => browser.runtime.onMessage.removeListener(handler);
  },
};
