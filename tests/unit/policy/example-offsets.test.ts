import { describe, expect, it } from 'vitest';
import { exampleOffsets } from '../../../lib/policy/example-offsets';

const lineOf = (text: string, offset: number | undefined) => (offset === undefined ? undefined : text.slice(0, offset).split('\n').length);

describe('exampleOffsets', () => {
  it('places each YAML example on the line of its first field', () => {
    const text = 'pack: a\nversion: 1.0.0\nexamples:\n  - text: "one"\n    expect: []\n  # a comment\n  - expect: [a/x]\n    text: two\n';
    expect(exampleOffsets(text).map((o) => lineOf(text, o))).toEqual([4, 7]);
  });

  it('reads JSON packs too', () => {
    const text = '{\n  "pack": "a",\n  "examples": [\n    {"text": "one", "expect": []},\n    {"text": "two", "expect": []}\n  ]\n}';
    expect(exampleOffsets(text).map((o) => lineOf(text, o))).toEqual([4, 5]);
  });

  it('gives nothing when there are no examples or the text is not a map', () => {
    expect(exampleOffsets('pack: a\n')).toEqual([]);
    expect(exampleOffsets('examples: 3\n')).toEqual([]);
    expect(exampleOffsets('- just\n- a list\n')).toEqual([]);
  });
});
