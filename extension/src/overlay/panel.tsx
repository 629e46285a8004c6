import { formatFenCompact, type Platform } from "@tongshu/shared";
import { useRef } from "react";
import type { OverlayResponse } from "./overlay-message.ts";
import type { PanelState } from "./panel-state.ts";
import { describeAge, type OverlayTranslate, percent, platformKey, ruleKey } from "./strings.ts";

interface PanelProps {
  answer: OverlayResponse;
  platform: Platform;
  state: PanelState;
  now: number;
  t: OverlayTranslate;
  onChange: (next: PanelState) => void;
}

/** The floating panel: today per platform (this one highlighted), open alerts, the data's age. */
export function Panel({ answer, platform, state, now, t, onChange }: PanelProps) {
  const drag = useRef<{ dx: number; dy: number; x: number; y: number } | null>(null);
  const age = answer.asOf === null ? null : describeAge(answer.asOf, now, t);
  const { today, alerts, alertCount } = answer.summary;
  const onPointerDown = (e: React.PointerEvent<HTMLDivElement>) => {
    if ((e.target as Element).closest("button")) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { dx: e.clientX - state.x, dy: e.clientY - state.y, x: state.x, y: state.y };
  };
  const onPointerMove = (e: React.PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d) return;
    d.x = e.clientX - d.dx;
    d.y = e.clientY - d.dy;
    // Moved by style while dragging; the remembered place is saved once, on release.
    const panel = e.currentTarget.parentElement;
    if (panel) panel.style.transform = `translate(${d.x - state.x}px, ${d.y - state.y}px)`;
  };
  const onPointerUp = (e: React.PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    drag.current = null;
    const panel = e.currentTarget.parentElement;
    if (panel) panel.style.transform = "";
    if (d && (d.x !== state.x || d.y !== state.y)) onChange({ ...state, x: d.x, y: d.y });
  };
  return (
    <aside
      className={`panel${state.collapsed ? " panel--collapsed" : ""}`}
      style={{ left: state.x, top: state.y }}
      data-testid="overlay-panel"
      data-collapsed={state.collapsed}
      aria-label={t("panel.title")}
    >
      <div
        className="panel__head"
        title={t("panel.drag")}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
      >
        <span className="panel__title">{t("panel.title")}</span>
        {!state.collapsed && age && (
          <span
            className={`panel__age${age.stale ? " panel__age--stale" : ""}`}
            data-testid="overlay-age"
          >
            {age.text}
            {age.stale && ` · ${t("age.stale")}`}
          </span>
        )}
        <button
          type="button"
          className="panel__toggle"
          data-testid="overlay-panel-toggle"
          aria-expanded={!state.collapsed}
          aria-label={state.collapsed ? t("panel.expand") : t("panel.collapse")}
          onClick={() => onChange({ ...state, collapsed: !state.collapsed })}
        >
          {state.collapsed ? "▸" : "▾"}
        </button>
      </div>
      {!state.collapsed && (
        <div className="panel__body">
          <section>
            <h3>
              {t("panel.today")}{" "}
              <span className="muted">
                · {t(answer.source === "team" ? "panel.team" : "panel.local")}
              </span>
            </h3>
            {today.length === 0 ? (
              <p className="muted">{t("panel.noToday")}</p>
            ) : (
              <div className="today">
                {today.map((row) => {
                  const current = row.platform === platform;
                  const change = row.vsYesterday;
                  return (
                    <div
                      key={row.platform}
                      data-testid="overlay-today-row"
                      data-platform={row.platform}
                      data-current={current}
                      data-paid-fen={row.paidFen}
                    >
                      <span>
                        {t(platformKey(row.platform))}
                        {current && <span className="muted"> · {t("panel.here")}</span>}
                      </span>
                      <span>
                        {formatFenCompact(row.paidFen)} · {t("panel.orders", { count: row.orders })}
                      </span>
                      <span className={change === null ? "muted" : change >= 0 ? "up" : "down"}>
                        {change === null ? "—" : `${change >= 0 ? "+" : ""}${percent(change)}`}
                      </span>
                    </div>
                  );
                })}
              </div>
            )}
          </section>
          {answer.source === "team" && (
            <section>
              <h3>{t("panel.alerts", { count: alertCount })}</h3>
              {alerts.length === 0 ? (
                <p className="muted">{t("panel.noAlerts")}</p>
              ) : (
                <ul className="alerts" data-testid="overlay-alerts">
                  {alerts.map((a) => (
                    <li key={a.id} className={`sev-${a.severity}`}>
                      {t(ruleKey(a.rule))}
                      {a.platform && ` · ${t(platformKey(a.platform))}`}
                      {a.shopName && ` · ${a.shopName}`}{" "}
                      <span className="muted">{a.date.slice(5)}</span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          )}
        </div>
      )}
    </aside>
  );
}
