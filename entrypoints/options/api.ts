// The options page's OptionsApi: storage for data, the policy loader and compiler for checks,
// browser APIs for permissions, downloads and telling open tabs about changes.
import { browser } from 'wxt/browser';
import type { Candidate, OptionsApi, OptionsState, PackView } from '@/components/options/api';
import { diffPacks } from '@/components/options/pack-diff';
import { createEngineClient } from '@/lib/engine-client';
import { compilePolicy } from '@/lib/policy/compile';
import { judgeExample, type ExampleResult } from '@/lib/policy/examples';
import { decodePack, loadPack } from '@/lib/policy/load';
import type { Pack } from '@/lib/policy/schema';
import { broadcastPolicyChanged } from '@/lib/storage/broadcast';
import { onDataChange } from '@/lib/storage/changes';
import { getDb } from '@/lib/storage/db';
import { clearErrors, listErrors } from '@/lib/storage/errors';
import { clearEvents } from '@/lib/storage/events';
import { packsLocked } from '@/lib/storage/managed';
import * as packs from '@/lib/storage/packs';
import { composition, parseRecord } from '@/lib/storage/parse';
import * as settings from '@/lib/storage/settings';
import { exceptionsAllowed, MANAGED_PACK_ID, USER_PACK_ID } from '@/lib/storage/layers';
import type { Composition } from '@/lib/storage/snapshot';
import { examplePacks } from './examples';
import { contentScriptSites, removeSite } from './sites';

async function current(): Promise<{ records: Awaited<ReturnType<typeof packs.listPacks>>; settings: Awaited<ReturnType<typeof settings.getSettings>>; comp: Composition }> {
  const db = await getDb();
  const [records, s] = await Promise.all([packs.listPacks(db), settings.getSettings(db)]);
  return { records, settings: s, comp: composition(records, s) };
}

/** The stored packs a candidate is checked against: everything active but itself and the synthetic layers. */
function baseFor(comp: Composition, id: string): Pack[] {
  return comp.packs.filter((p) => p.pack !== id && p.pack !== USER_PACK_ID && p.pack !== MANAGED_PACK_ID);
}

/** Listeners of this page, told about changes that do not touch the policy (the logs). */
const pageListeners = new Set<() => void>();
const refreshPage = () => pageListeners.forEach((l) => l());

/** After every write: composers in open tabs re-check with the new policy. */
async function written(): Promise<void> {
  const db = await getDb();
  await broadcastPolicyChanged(await settings.getSetting(db, 'revision'));
}

function filename(id: string, version: string, source: string): string {
  return `${id.replace(/[^a-z0-9._-]+/g, '-')}-${version}.${/^\s*[{[]/.test(source) ? 'json' : 'yaml'}`;
}

const sendToEngine = (request: Parameters<Parameters<typeof createEngineClient>[0]>[0]) => browser.runtime.sendMessage(request);
/** A client of its own, so that running examples does not change the policy "try it" checks with. */
const examplesEngine = createEngineClient(sendToEngine);

/**
 * Runs the last pack's examples with every pack in force, in the engine's worker (the options
 * page bundles no engine). A missing answer fails the example rather than passing it.
 */
async function runExamples(packs: Pack[]): Promise<ExampleResult[]> {
  examplesEngine.setPolicy(`examples:${crypto.randomUUID()}`, packs);
  const target = packs[packs.length - 1];
  return Promise.all(
    (target.examples ?? []).map(async (example, index) => {
      const reply = await examplesEngine.check(`example-${index}`, example.text, { platform: example.platform ?? 'generic', author: example.author });
      if (reply.status === 'ok') return judgeExample(example, index, reply.findings, reply.errors ?? []);
      const why = reply.status === 'unanswered' ? 'the checker did not answer' : 'message' in reply ? reply.message : reply.status;
      return judgeExample(example, index, [], [why]);
    }),
  );
}

export const optionsApi: OptionsApi = {
  async load(): Promise<OptionsState> {
    const db = await getDb();
    const { records, settings: s, comp } = await current();
    const locked = packsLocked(s.managed);
    const views: PackView[] = records.map((record) => {
      const view: PackView = { record, rules: comp.policy.rules.filter((r) => r.pack === record.id), lockedByIt: record.origin === 'managed' && locked };
      try {
        view.pack = parseRecord(record);
      } catch (e) {
        view.problem = (e as Error).message;
      }
      const problem = comp.problems.find((p) => p.pack === record.id);
      if (problem) view.problem = problem.message;
      return view;
    });
    return {
      packs: views,
      settings: s,
      examples: examplePacks(),
      forbiddenExceptionCategories: comp.policy.personalExceptions.forbiddenCategories,
      exceptionsAllowed: exceptionsAllowed(s) && comp.policy.personalExceptions.allowed,
      eventCount: await db.count('events'),
      errors: await listErrors(db),
      sites: await contentScriptSites(s),
    };
  },

  async check(source): Promise<Candidate> {
    const loaded = loadPack(source);
    if (!loaded.ok) return { ok: false, errors: loaded.errors, source };
    const pack = loaded.pack;
    const { records, comp } = await current();
    const previous = records.find((r) => r.id === pack.pack);
    let diff;
    if (previous) {
      try {
        diff = diffPacks(parseRecord(previous), pack);
      } catch {
        // The stored version no longer loads: there is nothing to compare with.
      }
    }
    let refused: string | undefined;
    if (previous?.origin === 'builtin') refused = `"${pack.pack}" is the built-in pack; it cannot be replaced.`;
    else if (previous?.origin === 'managed') refused = `"${pack.pack}" is installed by your organization; it cannot be replaced.`;
    let examples: ExampleResult[] = [];
    try {
      const layered = [...baseFor(comp, pack.pack), pack];
      compilePolicy(layered);
      examples = await runExamples(layered);
    } catch (e) {
      refused ??= `It does not combine with the active packs: ${(e as Error).message}`;
    }
    return { ok: true, source, pack, ...(previous ? { previous } : {}), ...(diff ? { diff } : {}), examples, ...(refused ? { refused } : {}) };
  },

  async fetchFromUrl(url) {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:') throw new Error('Only https:// addresses can be imported.');
    // Asked for now, for this one host, while the click still counts as the user's gesture.
    const granted = await browser.permissions.request({ origins: [`${parsed.origin}/*`] });
    if (!granted) throw new Error(`Guardrail needs your permission to read ${parsed.host}.`);
    const response = await fetch(parsed.href, { credentials: 'omit', cache: 'no-store' });
    if (!response.ok) throw new Error(`${parsed.host} answered HTTP ${response.status}.`);
    return response.text();
  },

  async readFile(file) {
    const decoded = decodePack(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) throw new Error(`line ${decoded.error.line}: ${decoded.error.message}`);
    return decoded.text;
  },

  async install(candidate, sourceUrl) {
    const { pack, version, name } = candidate.pack;
    await packs.installPack(await getDb(), {
      meta: { id: pack, version, ...(name ? { name } : {}) },
      source: candidate.source,
      origin: 'imported',
      ...(sourceUrl ? { sourceUrl } : {}),
    });
    await written();
  },

  async setEnabled(id, enabled) {
    await packs.setPackEnabled(await getDb(), id, enabled);
    await written();
  },

  async remove(id) {
    await packs.removePack(await getDb(), id);
    await written();
  },

  async setRuleOverride(packId, ruleId, override) {
    await packs.setRuleOverride(await getDb(), packId, ruleId, override);
    await written();
  },

  async versions(id) {
    return packs.packVersions(await getDb(), id);
  },

  async rollback(id, version) {
    const { comp } = await current();
    const base = baseFor(comp, id);
    await packs.restorePackVersion(await getDb(), id, version, (source) => {
      const loaded = loadPack(source);
      if (!loaded.ok) throw new Error(`Version ${version} no longer loads: line ${loaded.errors[0].line}: ${loaded.errors[0].message}`);
      // It must still combine with the packs in force now, as an import must.
      compilePolicy([...base, loaded.pack]);
      const { pack: packId, version: v, name } = loaded.pack;
      return { id: packId, version: v, ...(name ? { name } : {}) };
    });
    await written();
  },

  async selfTest(id) {
    const { records, comp } = await current();
    const record = records.find((r) => r.id === id);
    if (!record) return [];
    return runExamples([...baseFor(comp, id), parseRecord(record)]);
  },

  async export(id) {
    const record = await packs.getPack(await getDb(), id);
    if (!record) return;
    const url = URL.createObjectURL(new Blob([record.source], { type: 'text/plain;charset=utf-8' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: filename(record.id, record.version, record.source) });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },

  async setAuthor(author) {
    await settings.setSetting(await getDb(), 'author', author);
    await written();
  },

  async setSite(host, enabled) {
    await settings.setSiteEnabled(await getDb(), host, enabled);
    await written();
  },

  async removeSite(host) {
    await removeSite(host);
    await settings.forgetSite(await getDb(), host);
    await written();
  },

  async addException(term) {
    await settings.addException(await getDb(), term);
    await written();
  },

  async removeException(term) {
    await settings.removeException(await getDb(), term);
    await written();
  },

  async setRetention(days) {
    await settings.setSetting(await getDb(), 'retentionDays', days);
  },

  async clearEvents() {
    await clearEvents(await getDb());
    refreshPage();
  },

  async clearErrors() {
    await clearErrors(await getDb());
    refreshPage();
  },

  async activePacks() {
    return (await current()).comp.packs;
  },
  engine: createEngineClient(sendToEngine),

  subscribe(listener) {
    pageListeners.add(listener);
    const off = onDataChange(listener);
    return () => {
      pageListeners.delete(listener);
      off();
    };
  },
};
