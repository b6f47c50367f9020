// The background: owns the data (IndexedDB), answers content scripts and pages, applies IT's
// managed configuration and tells every open composer when the policy changes.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { broadcastPolicyChanged } from '@/lib/storage/broadcast';
import { onDataChange } from '@/lib/storage/changes';
import { getDb } from '@/lib/storage/db';
import { logError } from '@/lib/storage/errors';
import { syncBuiltins } from '@/lib/storage/packs';
import { getSetting, setSetting } from '@/lib/storage/settings';
import { forgetTab, rememberTabSite } from '@/lib/storage/tab-sites';
import type { EngineWarm, PolicyChanged, Request } from '@/lib/protocol';
import { builtinPacks } from './builtins';
import { engineHost } from './engine';
import { REFRESH_ALARM, syncManaged, watchManaged } from './managed';
import { handle, housekeeping } from './messages';
import { sendWeeklyReport } from './reports';
import { isPost } from '@/lib/reports/aggregate';

const DAILY_ALARM = 'guardrail/daily';
const PAUSE_ALARM = 'guardrail/pause-end';

export default defineBackground(() => {
  const db = getDb();
  const report = (where: string) => (e: unknown) => {
    void db.then((d) => logError(d, where, (e as Error)?.message ?? String(e)));
  };

  // Everything waits for the built-ins, so that the first snapshot already has the core pack.
  const ready = db.then(async (d) => {
    await syncBuiltins(d, builtinPacks());
    return d;
  });
  ready.then((d) => syncManaged(d)).catch(report('managed'));
  watchManaged(() => void ready.then(syncManaged).catch(report('managed')));

  const engine = engineHost((request) => ready.then((d) => handle(d, request)));

  browser.runtime.onMessage.addListener((message: Request | PolicyChanged | EngineWarm, sender, sendResponse) => {
    // A page changed the data while this worker slept (so it missed the BroadcastChannel
    // message); the page already told the tabs.
    if (message?.type === 'policy/changed') {
      void ready.then(schedulePauseEnd).catch(report('pause'));
      engine.policyChanged();
      return false;
    }
    if (message?.type === 'engine/warm') {
      engine.warm();
      return false;
    }
    if (message?.type === 'engine/check') {
      // Composer ids are unique per page: the tab and frame make them unique per browser.
      const where = sender.tab?.id !== undefined ? `${sender.tab.id}:${sender.frameId ?? 0}` : (sender.url ?? 'page');
      engine.check({ ...message, composer: `${where}:${message.composer}` }).then(sendResponse, (e: Error) => {
        report('engine')(e);
        sendResponse(undefined);
      });
      return true;
    }
    if (message?.type === 'policy/get' && sender.tab?.id !== undefined && sender.frameId === 0 && sender.url) {
      void rememberTabSite(sender.tab.id, sender.url).catch(report('tab site'));
    }
    const handled = ready.then((d) => handle(d, message));
    handled.then(sendResponse, (e: Error) => {
      report(`message ${message?.type}`)(e);
      sendResponse({ ok: false, error: e.message });
    });
    if (message?.type === 'event/record' && isPost(message.event) && sender.tab?.id !== undefined) {
      // A post went out: the tab fetches its policy again to learn today's count (frequency guardrail).
      const tabId = sender.tab.id;
      void handled
        .then(() => ready.then((d) => getSetting(d, 'revision')))
        .then((revision) => browser.tabs.sendMessage(tabId, { type: 'policy/changed', revision: String(revision) } satisfies PolicyChanged))
        .catch(() => undefined);
    }
    return true;
  });

  onDataChange(({ revision }) => {
    void broadcastPolicyChanged(revision);
    engine.policyChanged();
    void ready.then(schedulePauseEnd);
  });

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId).catch(report('tab site')));

  void browser.alarms.create(DAILY_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) ready.then(syncManaged).catch(report('managed refresh'));
    else if (alarm.name === DAILY_ALARM) {
      ready.then(housekeeping).catch(report('housekeeping'));
      ready.then(sendWeeklyReport).catch(report('weekly report'));
    }
    // Clearing the pause bumps the revision, which tells every composer to check again.
    else if (alarm.name === PAUSE_ALARM) ready.then((d) => setSetting(d, 'pausedUntil', 0)).catch(report('pause'));
  });
});

async function schedulePauseEnd(db: Awaited<ReturnType<typeof getDb>>): Promise<void> {
  const until = await getSetting(db, 'pausedUntil');
  if (until > Date.now()) await browser.alarms.create(PAUSE_ALARM, { when: until });
  else await browser.alarms.clear(PAUSE_ALARM);
}
