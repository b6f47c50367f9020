import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, SECTIONS } from '../../../components/options/route';

describe('options deep links', () => {
  it('every section has a link that opens it', () => {
    for (const { id } of SECTIONS) expect(parseRoute(routeHref(id))).toEqual({ section: id });
  });

  it('carries the pack the editor opens, ids with any character included', () => {
    expect(parseRoute('#/editor/acme-health')).toEqual({ section: 'editor', arg: 'acme-health' });
    expect(parseRoute(routeHref('editor', 'a b/c'))).toEqual({ section: 'editor', arg: 'a b/c' });
  });

  it('opens Packs for no hash or an unknown one', () => {
    expect(parseRoute('')).toEqual({ section: 'packs' });
    expect(parseRoute('#/nowhere')).toEqual({ section: 'packs' });
    expect(parseRoute('#reports')).toEqual({ section: 'packs' });
  });
});
