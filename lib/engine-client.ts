// The one client of the engine, used by the content script, the training page and the options
// page's "try it": numbers each composer's edits, attaches the packs when the engine asks for
// them, and gives up after a timeout. Pure: the caller passes how a request is sent.
import type { CheckOptions } from './engine/types';
import type { Pack } from './policy/schema';
import type { CheckReply, CheckRequest } from './protocol';

export type Send = (request: CheckRequest) => Promise<unknown>;

/** What a check can end with: the engine's reply, or no answer in time. */
export type ClientReply = CheckReply | { status: 'unanswered' };

export interface EngineClient {
  /** The policy that checks from now on use (packs sent only when the engine lacks them). */
  setPolicy(revision: string, packs: Pack[]): void;
  check(composer: string, text: string, options: CheckOptions, timeoutMs?: number): Promise<ClientReply>;
}

/** Long enough for a cold engine on a busy machine; the publish gate passes a shorter one. */
export const CHECK_TIMEOUT_MS = 15_000;

export function createEngineClient(send: Send): EngineClient {
  let policy: { revision: string; packs: Pack[] } | undefined;
  const revisions = new Map<string, number>();

  const ask = async (request: CheckRequest, timeoutMs: number): Promise<ClientReply> => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<ClientReply>((r) => (timer = setTimeout(() => r({ status: 'unanswered' }), timeoutMs)));
    const answer = send(request).then(
      (reply) => (isReply(reply) ? reply : ({ status: 'unanswered' } as const)),
      () => ({ status: 'unanswered' }) as const,
    );
    try {
      return await Promise.race([answer, timeout]);
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    setPolicy(revision, packs) {
      policy = { revision, packs };
    },
    async check(composer, text, options, timeoutMs = CHECK_TIMEOUT_MS) {
      const current = policy;
      if (!current) return { status: 'unanswered' };
      const revision = (revisions.get(composer) ?? 0) + 1;
      revisions.set(composer, revision);
      const request: CheckRequest = {
        type: 'engine/check',
        composer,
        revision,
        text,
        platform: String(options.platform ?? 'generic'),
        author: options.author ?? '',
        exceptions: options.exceptions ?? [],
        ...(options.postsToday !== undefined ? { postsToday: options.postsToday } : {}),
        ...(options.maxChars !== undefined ? { maxChars: options.maxChars } : {}),
        policy: { revision: current.revision },
      };
      const deadline = Date.now() + timeoutMs;
      let reply = await ask(request, timeoutMs);
      // A new policy, or a restarted worker: the same request again, with the packs.
      if (reply.status === 'need-policy') reply = await ask({ ...request, policy: current }, Math.max(deadline - Date.now(), 1));
      // Superseded while on its way: the caller's newer check will answer.
      if (revisions.get(composer) !== revision && reply.status !== 'unanswered') return { status: 'dropped' };
      return reply;
    },
  };
}

function isReply(v: unknown): v is CheckReply {
  return !!v && typeof v === 'object' && typeof (v as CheckReply).status === 'string';
}
