/** Badge CSS, inside each row's shadow root: small, one line, the page's font size untouched. */
export const BADGE_CSS = `
.badges { display: inline-flex; flex-wrap: wrap; gap: 4px; font: 12px/1.5 -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; color: #1f2937; }
.chip { pointer-events: auto; display: inline-flex; gap: 4px; align-items: center; padding: 0 6px; border-radius: 9px; background: #eef2ff; border: 1px solid #c7d2fe; white-space: nowrap; cursor: default; }
.chip--warn { background: #fef3c7; border-color: #fcd34d; color: #92400e; }
.chip--risk { background: #fee2e2; border-color: #fca5a5; color: #991b1b; }
.chip--good { background: #dcfce7; border-color: #86efac; color: #166534; }
.muted { color: #6b7280; }
`;

/** Panel CSS, in the Plasmo CSUI shadow root. */
export const PANEL_CSS = `
.panel { position: fixed; z-index: 2147483000; width: 280px; max-height: 70vh; overflow: auto; background: #fff; color: #1f2937; border: 1px solid #d1d5db; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.15); font: 12px/1.5 -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; }
.panel--collapsed { width: auto; overflow: visible; }
.panel__head { display: flex; align-items: center; gap: 6px; padding: 6px 8px; background: #312e81; color: #fff; cursor: move; user-select: none; touch-action: none; border-radius: 7px 7px 0 0; }
.panel--collapsed .panel__head { border-radius: 7px; }
.panel__title { font-weight: 600; }
.panel__age { margin-inline-start: auto; opacity: .85; }
.panel__age--stale { color: #fde68a; opacity: 1; }
.panel__toggle { cursor: pointer; border: 0; border-radius: 4px; background: rgba(255,255,255,.15); color: inherit; font: inherit; padding: 0 6px; }
.panel__body { padding: 8px; display: grid; gap: 8px; }
.panel h3 { margin: 0 0 4px; font-size: 12px; color: #4b5563; }
.today { display: grid; grid-template-columns: 1fr auto auto; gap: 2px 8px; margin: 0; }
.today > div { display: contents; }
.today [data-current="true"] > * { font-weight: 700; color: #312e81; }
.up { color: #166534; } .down { color: #991b1b; }
.alerts { margin: 0; padding: 0; list-style: none; display: grid; gap: 2px; }
.sev-urgent { color: #991b1b; } .sev-warning { color: #92400e; }
.muted { color: #6b7280; }
`;
