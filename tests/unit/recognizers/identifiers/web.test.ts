import { describe, expect, it } from 'vitest';
import { found } from './helpers';

describe('email, url, ip', () => {
  it('finds email addresses', () => {
    expect(found('write to jane.q.doe+clinic@example-mail.co.uk today')).toEqual(['email:jane.q.doe+clinic@example-mail.co.uk']);
  });
  it('finds links with and without a scheme, without trailing punctuation', () => {
    expect(found('See https://example.org/a?b=1, or www.sample.net.')).toEqual(['url:https://example.org/a?b=1', 'url:www.sample.net']);
    expect(found('Details at sample-clinic.org/visitors')).toEqual(['url:sample-clinic.org/visitors']);
  });
  it('does not take abbreviations or file names for links', () => {
    expect(found('Bring snacks, e.g. fruit; see notes.pdf and i.e. the plan')).toEqual([]);
  });
  it('finds IPv4 and IPv6 addresses', () => {
    expect(found('blocked from 10.20.30.40 and fe80::1ff:fe23:4567:890a')).toEqual(['ip:10.20.30.40', 'ip:fe80::1ff:fe23:4567:890a']);
  });
  it('rejects out-of-range octets and clock times', () => {
    expect(found('version 300.1.2.3 ships at 10:30')).toEqual([]);
  });
});
