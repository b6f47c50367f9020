// The overlay's look, inside its shadow roots so the page's CSS cannot reach it and ours cannot leak.
export const OVERLAY_CSS = `
:host { all: initial; position: fixed; left: 0; top: 0; width: 0; height: 0; overflow: visible;
  z-index: 2147483646; pointer-events: none; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --gr-error: #c5221f; --gr-warning: #b06000; --gr-info: #1a73e8;
  --gr-bg: #ffffff; --gr-fg: #1f1f1f; --gr-muted: #5f6368; --gr-border: #dadce0; --gr-accent: #0b57d0; --gr-accent-fg: #fff; }
@media (prefers-color-scheme: dark) {
  :host { --gr-error: #f28b82; --gr-warning: #fdd663; --gr-info: #8ab4f8;
    --gr-bg: #202124; --gr-fg: #e8eaed; --gr-muted: #bdc1c6; --gr-border: #5f6368; --gr-accent: #8ab4f8; --gr-accent-fg: #202124; }
}
* { box-sizing: border-box; }
.finding { position: fixed; pointer-events: none; }
.piece { position: absolute; border-bottom: 2px solid var(--gr-info); }
.finding[data-severity="error"] .piece { border-bottom: 2px solid var(--gr-error); background: color-mix(in srgb, var(--gr-error) 10%, transparent); }
.finding[data-severity="warning"] .piece { border-bottom: 2px solid var(--gr-warning); }
.finding[data-active] .piece { background: color-mix(in srgb, currentColor 14%, transparent); }
.badge { position: fixed; pointer-events: auto; min-width: 22px; height: 22px; padding: 0 6px; border-radius: 11px;
  border: 1px solid var(--gr-border); background: var(--gr-bg); color: var(--gr-fg); font: 600 12px/20px system-ui, sans-serif;
  cursor: pointer; box-shadow: 0 1px 3px rgba(0,0,0,.2); }
.badge[data-level="error"] { background: var(--gr-error); color: #fff; border-color: transparent; }
.badge[data-level="warning"] { background: var(--gr-warning); color: #fff; border-color: transparent; }
.badge[data-notice] { background: var(--gr-bg); color: var(--gr-fg); border-color: var(--gr-warning); }
.badge:focus-visible, button:focus-visible, select:focus-visible { outline: 2px solid var(--gr-accent); outline-offset: 2px; }
.card, .gate { pointer-events: auto; background: var(--gr-bg); color: var(--gr-fg); border: 1px solid var(--gr-border);
  border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.25); }
.card { position: fixed; width: 340px; max-width: calc(100vw - 16px); padding: 12px 14px; }
.card h2, .gate h2 { font-size: 15px; margin: 0 0 6px; font-weight: 600; }
.card p, .gate p { margin: 0 0 8px; }
.muted { color: var(--gr-muted); font-size: 12px; }
.sev { display: inline-block; font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; margin-bottom: 4px; }
.sev[data-severity="error"] { color: var(--gr-error); } .sev[data-severity="warning"] { color: var(--gr-warning); } .sev[data-severity="info"] { color: var(--gr-info); }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 10px; }
button { font: inherit; font-size: 13px; padding: 5px 10px; border-radius: 6px; border: 1px solid var(--gr-border);
  background: var(--gr-bg); color: var(--gr-fg); cursor: pointer; }
button.primary { background: var(--gr-accent); color: var(--gr-accent-fg); border-color: transparent; }
.scrim { position: fixed; inset: 0; width: 100vw; height: 100vh; pointer-events: auto; background: rgba(0,0,0,.35);
  display: flex; align-items: center; justify-content: center; }
.gate { width: 440px; max-width: calc(100vw - 24px); padding: 18px 20px; }
.gate ul { margin: 0 0 10px; padding-left: 18px; }
.gate label { display: block; margin: 6px 0; }
.notice { margin-top: 8px; }
`;
