import { describe, expect, it } from 'vitest';
import { hostMatches, mayAddSite, packsLocked, parseManagedConfig, pauseAllowed } from '../../../lib/storage/managed';

describe('parseManagedConfig', () => {
  it('no policy (Chrome gives {}, Firefox throws and the caller passes undefined) is "empty"', () => {
    expect(parseManagedConfig({}).status).toBe('empty');
    expect(parseManagedConfig(undefined).status).toBe('empty');
    expect(parseManagedConfig(null).status).toBe('empty');
  });

  it('a full policy is "loaded" with every key', () => {
    const state = parseManagedConfig({
      packs: ['pack: a\nversion: 1.0.0\n'],
      packUrls: ['https://policy.example.org/a.yaml'],
      refreshMinutes: 60,
      lockPacks: true,
      enforcement: 'block',
      allowPersonalExceptions: false,
      allowedSites: ['Intranet.Example.org', '*.example.net'],
      allowPause: false,
    });
    expect(state.status).toBe('loaded');
    expect(state.problems).toEqual([]);
    expect(state.config).toEqual({
      packs: ['pack: a\nversion: 1.0.0\n'],
      packUrls: ['https://policy.example.org/a.yaml'],
      refreshMinutes: 60,
      lockPacks: true,
      enforcement: 'block',
      allowPersonalExceptions: false,
      allowedSites: ['intranet.example.org', '*.example.net'],
      allowPause: false,
    });
  });

  it('defaults what is not set: not locked, pause allowed, refresh every 6 hours', () => {
    const state = parseManagedConfig({ enforcement: 'warn' });
    expect(state.config).toMatchObject({ packs: [], packUrls: [], lockPacks: false, allowPause: true, refreshMinutes: 360 });
    expect(state.config!.allowedSites).toBeUndefined();
  });

  it('reports and ignores a bad key, keeping the good ones', () => {
    const state = parseManagedConfig({
      lockPacks: 'yes',
      packUrls: ['http://insecure.example.org/p.yaml'],
      enforcement: 'strict',
      refreshMinutes: 1,
      colour: 'blue',
      packs: ['pack: a\nversion: 1.0.0\n'],
    });
    expect(state.status).toBe('loaded');
    expect(state.config!.lockPacks).toBe(false);
    expect(state.config!.packUrls).toEqual([]);
    expect(state.config!.enforcement).toBeUndefined();
    expect(state.config!.refreshMinutes).toBe(360);
    expect(state.config!.packs).toHaveLength(1);
    expect(state.problems).toHaveLength(5);
    expect(state.problems.join('\n')).toMatch(/packUrls\[0\]: an https:\/\/ address/);
    expect(state.problems.join('\n')).toMatch(/Unknown setting "colour"/);
  });

  it('a policy that is not an object is reported, not applied', () => {
    const state = parseManagedConfig(['pack: a']);
    expect(state.status).toBe('empty');
    expect(state.problems).toHaveLength(1);
  });
});

describe('site and lock rules', () => {
  it('matches exact hosts and "*." wildcards (which include the bare domain), nothing else', () => {
    expect(hostMatches('intranet.example.org', ['intranet.example.org'])).toBe(true);
    expect(hostMatches('a.b.example.net', ['*.example.net'])).toBe(true);
    expect(hostMatches('example.net', ['*.example.net'])).toBe(true);
    expect(hostMatches('badexample.net', ['*.example.net'])).toBe(false);
    expect(hostMatches('example.org.evil.com', ['example.org'])).toBe(false);
  });

  it('any site may be added without a policy; only listed ones with allowedSites; none with []', () => {
    const loaded = (allowedSites?: string[]) => parseManagedConfig({ allowedSites, lockPacks: false });
    expect(mayAddSite('forum.example.com', parseManagedConfig({}))).toBe(true);
    expect(mayAddSite('forum.example.com', loaded(undefined))).toBe(true);
    expect(mayAddSite('forum.example.com', loaded(['*.example.com']))).toBe(true);
    expect(mayAddSite('forum.other.com', loaded(['*.example.com']))).toBe(false);
    expect(mayAddSite('forum.example.com', loaded([]))).toBe(false);
  });

  it('locks and pause follow the loaded policy only', () => {
    expect(packsLocked(parseManagedConfig({ lockPacks: true }))).toBe(true);
    expect(packsLocked(parseManagedConfig({}))).toBe(false);
    expect(packsLocked({ status: 'not-loaded', problems: [] })).toBe(false);
    expect(pauseAllowed(parseManagedConfig({ allowPause: false }))).toBe(false);
    expect(pauseAllowed(parseManagedConfig({ lockPacks: true }))).toBe(true);
  });
});
