// The big lexicons ship deflated (raw DEFLATE, base64) to keep content.js small (issue #8): the
// generators in lib/cli/lexicons write them, and each is inflated once, on first use.
import { inflateSync, strFromU8 } from 'fflate';

const bytesOf = (base64: string) => {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
};

/** Texts inflated ahead of their first use, taken out when used. */
const ahead = new Map<string, string>();
/** Texts already used, not to be held again by a late inflateAhead. */
const used = new Set<string>();

/** The text a generator deflated and base64-encoded (lib/cli/lexicons/deflate.ts). */
export function inflateText(base64: string): string {
  used.add(base64);
  const text = ahead.get(base64);
  if (text !== undefined) {
    ahead.delete(base64);
    return text;
  }
  return strFromU8(inflateSync(bytesOf(base64)));
}

/**
 * Inflates with the platform's native DecompressionStream, off the main thread, so that the
 * first use finds the text ready instead of running fflate cold (tens of milliseconds on a slow
 * machine). Optional: without it, or where the platform lacks "deflate-raw", inflateText works
 * as before.
 */
export async function inflateAhead(blobs: readonly string[]): Promise<void> {
  await Promise.all(
    blobs.map(async (base64) => {
      try {
        const stream = new Blob([bytesOf(base64)]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
        const text = await new Response(stream).text();
        if (!used.has(base64)) ahead.set(base64, text);
      } catch {
        // inflateText inflates it synchronously when it is needed.
      }
    }),
  );
}
