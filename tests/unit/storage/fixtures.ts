// Databases exactly as earlier schema versions wrote them, built with the raw IndexedDB API
// (not with the code under test), to prove that every upgrade keeps every pack and setting.
import { openDB } from 'idb';

export const V1_PACKS = [
  { id: 'healthcare-core', version: '0.9.0', origin: 'builtin', source: 'pack: healthcare-core\nversion: 0.9.0\n', enabled: true, installedAt: 1_700_000_000_000 },
  { id: 'northwind', version: '2.1.0', name: 'Northwind Clinics', origin: 'imported', source: '{"pack":"northwind","version":"2.1.0"}', enabled: false, installedAt: 1_700_000_100_000 },
  { id: 'it-pack', version: '1.0.0', origin: 'managed', source: 'pack: it-pack\nversion: 1.0.0\n', sourceUrl: 'https://policy.example.org/it.yaml', enabled: true, installedAt: 1_700_000_200_000 },
];
export const V1_SETTINGS = { author: 'nurse', disabledSites: ['www.reddit.com', 'x.com'], exceptions: ['Lakeside', 'MyChart'] };

let counter = 0;
export const freshName = () => `guardrail-test-${++counter}-${Math.random().toString(36).slice(2)}`;

/** Schema v1: packs with their source; all settings in one record. */
export async function createV1(name: string): Promise<void> {
  const db = await openDB(name, 1, {
    upgrade(d) {
      d.createObjectStore('packs', { keyPath: 'id' });
      d.createObjectStore('settings');
    },
  });
  const tx = db.transaction(['packs', 'settings'], 'readwrite');
  for (const p of V1_PACKS) await tx.objectStore('packs').put(p);
  await tx.objectStore('settings').put(V1_SETTINGS, 'settings');
  await tx.done;
  db.close();
}

export const V2_EVENT = {
  at: 1_700_000_000_000,
  site: 'www.linkedin.com',
  kind: 'gate',
  packs: [{ id: 'healthcare-core', version: '0.9.0' }],
  findings: [{ ruleId: 'phi', category: 'phi', severity: 'error' }],
  outcome: 'edited',
};
export const V2_ERROR = { at: 1_700_000_000_000, where: 'content', message: 'composer vanished' };

/** Schema v2: v1 plus the event log and the error log. */
export async function createV2(name: string): Promise<void> {
  await createV1(name);
  const db = await openDB(name, 2, {
    upgrade(d) {
      d.createObjectStore('events', { keyPath: 'seq', autoIncrement: true }).createIndex('at', 'at');
      d.createObjectStore('errors', { keyPath: 'seq', autoIncrement: true }).createIndex('at', 'at');
    },
  });
  await db.add('events', V2_EVENT);
  await db.add('errors', V2_ERROR);
  db.close();
}
