// The project's labelled corpus (tests/corpus): writers, their drafts, the second reader's
// verdicts, and which writers are sealed. Used by `npm run eval`, `npm run train` and the
// robustness suite; none of it ships.
import fs from 'node:fs';
import path from 'node:path';

export const CATEGORIES = ['phi', 'defamation', 'conflict-of-interest', 'confidential', 'crisis', 'medical-claims', 'brand-voice'] as const;
export type Label = (typeof CATEGORIES)[number];

export interface Draft {
  id: string;
  writer?: string;
  platform: string;
  author: string;
  text: string;
  labels: Label[];
  evidence: Partial<Record<Label, string[]>>;
  why?: string;
}

export interface Writer {
  id: string;
  dir: string;
  status: 'tuning' | 'sealed';
}

const ROOT = path.resolve(import.meta.dirname, '../../tests/corpus');
export const SHARED_DEV = ['dev-phi.jsonl', 'dev-policy.jsonl'].map((f) => path.resolve(import.meta.dirname, '../../../shared/corpus', f));

export function readJsonl<T>(file: string): T[] {
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

export function writers(): Writer[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'writers.json'), 'utf8')) as { writers: { id: string; dir: string; status: Writer['status'] }[] };
  return manifest.writers.map((w) => ({ ...w, dir: path.join(ROOT, 'writers', w.dir) }));
}

/**
 * The round each writer was written for (the round in which their drafts were sealed), 0 for the
 * first writers, who were never sealed: the writers of one round were written together, in one
 * style of the day, and are new to the detectors together.
 */
export function writerRounds(): Map<string, number> {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'writers.json'), 'utf8')) as { writers: Record<string, string>[] };
  return new Map(manifest.writers.map((w) => {
    const sealed = Object.keys(w).map((k) => /^round(\d+)$/.exec(k)?.[1]).filter(Boolean).map(Number);
    return [w.id, sealed.length ? Math.min(...sealed) : 0];
  }));
}

/** A writer's drafts that the second reader did not reject (drafts they disagreed on are dropped). */
export function draftsOf(w: Writer): Draft[] {
  const rejected = new Set(readJsonl<{ id: string; agree: boolean }>(path.join(w.dir, 'review.jsonl')).filter((r) => !r.agree).map((r) => r.id));
  return readJsonl<Draft>(path.join(w.dir, 'drafts.jsonl')).filter((d) => !rejected.has(d.id));
}

export function corpus(status: Writer['status']): Draft[] {
  return writers().filter((w) => w.status === status).flatMap(draftsOf);
}

export function sharedDev(): Draft[] {
  return SHARED_DEV.flatMap((f) => readJsonl<Draft>(f));
}

/** "w34-w38,w44" -> the writer ids it names. */
export function writerSet(spec: string): Set<string> {
  const out = new Set<string>();
  for (const part of spec.split(',').filter(Boolean)) {
    const [a, b = a] = part.split('-').map((w) => Number(w.replace(/^w/, '')));
    for (let n = a; n <= b; n++) out.add(`w${String(n).padStart(2, '0')}`);
  }
  return out;
}
