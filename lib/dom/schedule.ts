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
export function debounce(fn: () => void, ms: number): { call(): void; cancel(): void; pending(): boolean } {
  let id: ReturnType<typeof setTimeout> | undefined;
  return {
    pending: () => id !== undefined,
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
