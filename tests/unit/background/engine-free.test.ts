// The background is a service worker in Chrome: it is stopped when idle and evaluated again on
// the next message, a check included. Loading the engine there (compromise's tagger, the
// lexicons) cost about 0.4 s on every wake; the engine belongs to its Worker (issue 16). This
// bundles the background as the build does and fails when anything of the engine reaches it.
import { build } from 'esbuild';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
// Pattern syntax (compromise's first layer) and RE2 validation of pack expressions are allowed:
// the background validates the packs it stores.
const ENGINE = [/node_modules\/compromise\/src\/(two|three)\.js$/, /node_modules\/compromise\/src\/2-two\//, /^lib\/engine\/(nlp|doc|checker|detectors|recognizers|lexicons|model|text)\b/];

describe('the background bundle', () => {
  it('holds no engine code', async () => {
    const result = await build({
      entryPoints: [path.join(ROOT, 'entrypoints/background/index.ts')],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'browser',
      absWorkingDir: ROOT,
      alias: { '@': ROOT },
      external: ['*?raw'],
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((f) => f.startsWith('lib/policy/'))).toBe(true);
    expect(inputs.filter((f) => ENGINE.some((re) => re.test(f)))).toEqual([]);
  }, 60_000);
});
