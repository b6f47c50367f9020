// The failure of the last action, announced to screen readers; nothing when there is none.
export function ErrorNote({ error }: { error: string | undefined }) {
  return error ? (
    <p className="gr-error" role="alert">
      {error}
    </p>
  ) : null;
}
