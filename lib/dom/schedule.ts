// Timing helpers: work batched into one animation frame, and a trailing debounce.

/** Runs fn at most once per animation frame however often it is requested. */
export function frameTask(fn: () => void): { request(): void; cancel(): void } {
  let id = 0;
  return {
    request() {
      if (!id) id = requestAnimationFrame(() => ((id = 0), fn()));
    },
    cancel() {
      if (id) cancelAnimationFrame(id);
      id = 0;
    },
  };
}

/** Runs fn once, ms after the last call. */
export function debounce(fn: () => void, ms: number): { call(): void; cancel(): void } {
  let id: ReturnType<typeof setTimeout> | undefined;
  return {
    call() {
      clearTimeout(id);
      id = setTimeout(() => ((id = undefined), fn()), ms);
    },
    cancel() {
      clearTimeout(id);
      id = undefined;
    },
  };
}

/** Shortest slice of work granted when the page is never idle, so that work still advances. */
const MIN_SLICE_MS = 8;
/**
 * Longest slice taken from an idle period (which may offer 50 ms): a step of work is checked
 * against the budget before it starts, so the one that starts last may run past it.
 */
const MAX_SLICE_MS = 16;

/** A budget of `ms` from now: true while time is left. */
export function sliceOf(ms = MIN_SLICE_MS): () => boolean {
  const end = performance.now() + ms;
  return () => performance.now() < end;
}

/**
 * Waits for the page's next idle period (at most `timeout` ms) and resolves with its budget:
 * work done in it never delays input or rendering. A busy page that never idles still gets a
 * short slice when the timeout fires.
 */
export function idleSlice(timeout = 100): Promise<() => boolean> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') {
      requestIdleCallback((d) => resolve(sliceOf(Math.min(Math.max(d.timeRemaining(), MIN_SLICE_MS), MAX_SLICE_MS))), { timeout });
    } else setTimeout(() => resolve(sliceOf()), 0);
  });
}
