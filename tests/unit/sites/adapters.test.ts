import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { adapterFor, ADAPTERS, generic, MATCH_PATTERNS } from '../../../lib/sites';

function el(html: string): Element {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  return document.body.firstElementChild!;
}

describe('adapterFor', () => {
  it('picks the site adapter for a host and its subdomains', () => {
    expect(adapterFor('x.com').id).toBe('x');
    expect(adapterFor('twitter.com').id).toBe('x');
    expect(adapterFor('www.linkedin.com').id).toBe('linkedin');
    expect(adapterFor('old.reddit.com').id).toBe('reddit');
    expect(adapterFor('studio.youtube.com').id).toBe('youtube');
  });

  it('does not let a look-alike host borrow a site adapter', () => {
    expect(adapterFor('notx.com')).toBe(generic);
    expect(adapterFor('linkedin.com.evil.example')).toBe(generic);
  });

  it('falls back to the generic adapter for hosts added at run time', () => {
    expect(adapterFor('social.riverbend.example')).toBe(generic);
  });
});

describe('match patterns', () => {
  it('cover every adapter host over https only', () => {
    for (const a of ADAPTERS) for (const h of a.hosts) expect(MATCH_PATTERNS).toContain(`https://*.${h}/*`);
    expect(MATCH_PATTERNS.every((p) => p.startsWith('https://'))).toBe(true);
  });
});

describe('publish controls', () => {
  it('recognizes X post buttons by test id and nothing else', () => {
    const x = adapterFor('x.com');
    expect(x.isPublishControl(el('<button data-testid="tweetButton">Post</button>'), [])).toBe(true);
    expect(x.isPublishControl(el('<button data-testid="tweetButtonInline">Reply</button>'), [])).toBe(true);
    expect(x.isPublishControl(el('<button data-testid="bookmark">Save</button>'), [])).toBe(false);
  });

  it('recognizes label-only buttons by exact label and skips disabled ones', () => {
    const threads = adapterFor('www.threads.net');
    expect(threads.isPublishControl(el('<div role="button">Post</div>'), [])).toBe(true);
    expect(threads.isPublishControl(el('<div role="button" aria-disabled="true">Post</div>'), [])).toBe(false);
    expect(threads.isPublishControl(el('<div role="button">Post settings</div>'), [])).toBe(false);
    expect(threads.isPublishControl(el('<span>Post</span>'), [])).toBe(false);
  });

  it('accepts Reddit submit buttons only inside its composer components', () => {
    const reddit = adapterFor('www.reddit.com');
    const { document } = parseHTML('<html><body><shreddit-composer><button type="submit">Post</button></shreddit-composer><form><button type="submit">Search</button></form></body></html>');
    const [inside, outside] = [...document.querySelectorAll('button')];
    const pathOf = (e: Element) => {
      const out: Element[] = [];
      for (let n: Element | null = e; n; n = n.parentElement) out.push(n);
      return out;
    };
    expect(reddit.isPublishControl(inside, pathOf(inside))).toBe(true);
    expect(reddit.isPublishControl(outside, pathOf(outside))).toBe(false);
  });

  it('knows which composers publish on Enter and which sites use Ctrl/Cmd+Enter', () => {
    expect(adapterFor('facebook.com').composers.some((c) => c.submitOnEnter)).toBe(true);
    expect(adapterFor('x.com').modEnterPublishes).toBe(true);
    expect(adapterFor('www.linkedin.com').modEnterPublishes).toBe(false);
  });
});
