// The managed (enterprise) configuration: what IT set through Chrome/Edge policies
// (storage.managed) or Firefox's policies.json (3rdparty). Pure: the background reads the raw
// object and passes it here.
import { z } from 'zod';
import type { ManagedConfig, ManagedState } from './schema';

export const DEFAULT_REFRESH_MINUTES = 360;
export const MIN_REFRESH_MINUTES = 15;

const host = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*$/, 'a host name such as "intranet.example.org" or "*.example.org"');

/** One schema per key, so that one bad key is reported and ignored instead of the whole policy. */
const fields = {
  packs: z.array(z.string().min(1)),
  packUrls: z.array(
    z
      .string()
      .trim()
      .refine((u) => URL.canParse(u) && new URL(u).protocol === 'https:', 'an https:// address'),
  ),
  refreshMinutes: z.number().int().min(MIN_REFRESH_MINUTES),
  lockPacks: z.boolean(),
  enforcement: z.enum(['warn', 'confirm', 'block']),
  allowPersonalExceptions: z.boolean(),
  allowedSites: z.array(host),
  allowPause: z.boolean(),
  reportEndpoint: z
    .string()
    .trim()
    .refine((u) => URL.canParse(u) && new URL(u).protocol === 'https:', 'an https:// address'),
} as const;
type Key = keyof typeof fields;

function isEmpty(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === 'object' && Object.keys(raw).length === 0);
}

/**
 * Turns what storage.managed returned into a state. `undefined` or `{}` mean no policy (Chrome
 * returns `{}`; Firefox throws when no policy names the extension, which the caller passes as
 * undefined). Unknown keys and invalid values are listed as problems and ignored.
 */
export function parseManagedConfig(raw: unknown, now = Date.now()): ManagedState {
  if (isEmpty(raw)) return { status: 'empty', problems: [], readAt: now };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { status: 'empty', problems: ['The managed configuration is not an object.'], readAt: now };
  }
  const problems: string[] = [];
  const config: ManagedConfig = { packs: [], packUrls: [], lockPacks: false, allowPause: true, refreshMinutes: DEFAULT_REFRESH_MINUTES };
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!(key in fields)) {
      problems.push(`Unknown setting "${key}" (ignored).`);
      continue;
    }
    const parsed = fields[key as Key].safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue.path.length ? `${key}[${issue.path.join('.')}]` : key;
      problems.push(`${where}: ${issue.message} (ignored).`);
      continue;
    }
    (config as unknown as Record<string, unknown>)[key] = parsed.data;
  }
  return { status: 'loaded', config, problems, readAt: now };
}

/** Whether a host name matches one of the patterns ("example.org" or "*.example.org"). */
export function hostMatches(hostname: string, patterns: readonly string[]): boolean {
  const h = hostname.toLowerCase();
  return patterns.some((p) => (p.startsWith('*.') ? h === p.slice(2) || h.endsWith(p.slice(1)) : h === p));
}

/** Whether the user may add Guardrail to this site at run time. */
export function mayAddSite(hostname: string, managed: ManagedState): boolean {
  const allowed = managed.status === 'loaded' ? managed.config?.allowedSites : undefined;
  return allowed === undefined || hostMatches(hostname, allowed);
}

export function packsLocked(managed: ManagedState): boolean {
  return managed.status === 'loaded' && !!managed.config?.lockPacks;
}

export function pauseAllowed(managed: ManagedState): boolean {
  return managed.status !== 'loaded' || managed.config?.allowPause !== false;
}
