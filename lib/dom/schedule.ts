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

/** Yields to the event loop so input and rendering can run between slices of work. */
export const yieldToPage = () => new Promise<void>((r) => setTimeout(r, 0));
