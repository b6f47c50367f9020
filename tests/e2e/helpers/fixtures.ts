// Serves the fixture pages at the sites' real URLs, and their bundles from the same origin.
import { buildFixtures, type FixtureAssets } from '../fixtures/build';
import { pageHtml, SITES, type SiteFixture } from '../fixtures/sites';
import type { LaunchOptions } from './browser';

export async function fixtureRoutes(sites: SiteFixture[] = SITES): Promise<NonNullable<LaunchOptions['routes']>> {
  const assets: FixtureAssets = await buildFixtures(sites.map((s) => s.editor));
  return (url) => {
    const bundle = /^\/__fixture\/([a-z0-9]+)\.js$/.exec(url.pathname)?.[1];
    const site = sites.find((s) => new URL(s.url).host === url.host && (bundle || new URL(s.url).pathname === url.pathname));
    if (!site) return undefined;
    if (bundle) {
      const script = assets.scripts.get(bundle as SiteFixture['editor']);
      return script ? { body: script, contentType: 'text/javascript; charset=utf-8' } : undefined;
    }
    return { body: pageHtml(site, assets.css.get(site.editor) ?? '') };
  };
}

/** Where each fixture's editable element is (Playwright's CSS pierces open shadow roots). */
export const EDITOR_SELECTOR: Record<SiteFixture['editor'], string> = {
  draft: '.public-DraftEditor-content',
  lexical: '[data-lexical-editor="true"]',
  quill1: '.ql-editor',
  tiptap: '.ProseMirror',
  textarea: 'textarea',
  contenteditable: '#contenteditable-root',
};
