import {
  DATE_PRESETS,
  type DatePreset,
  PLATFORMS,
  type Platform,
  type RecordKind,
} from "@tongshu/shared";
import { useState } from "react";
import { getCoverage } from "../api.ts";
import { DataFreshness } from "../components/data-freshness.tsx";
import { useI18n } from "../i18n/i18n-context.tsx";
import { formatDateSpan } from "../lib/format.ts";
import { useResource } from "../use-resource.ts";
import { filterRange, type ReportFilterState } from "./report-filter.ts";

interface FilterBarProps {
  filter: ReportFilterState;
  onChange: (next: ReportFilterState) => void;
  /** Pages about "now" (inventory) hide the date choice. */
  dates?: boolean;
  /** Report pages: the record kinds their figures use, for the data freshness line. */
  freshnessKinds?: readonly RecordKind[];
}

function toggle<T>(list: T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** Date presets sellers know from 生意参谋, a custom range, platforms and shops — all in the URL. */
export function FilterBar({ filter, onChange, dates = true, freshnessKinds }: FilterBarProps) {
  const { t } = useI18n();
  const [coverage] = useResource(getCoverage);
  const range = filterRange(filter, Date.now());
  const [draft, setDraft] = useState(range);
  const shops = coverage.status === "ready" ? coverage.data.shops : [];
  const setPreset = (preset: DatePreset) => onChange({ ...filter, preset, range: null });
  return (
    <div className="filter-bar" data-testid="filter-bar">
      {dates ? (
        <fieldset className="filter-bar__group">
          <legend className="visually-hidden">{t("filter.dates")}</legend>
          {DATE_PRESETS.map((preset) => (
            <button
              key={preset}
              type="button"
              className="chip"
              aria-pressed={filter.preset === preset}
              data-preset={preset}
              onClick={() => setPreset(preset)}
            >
              {t(`filter.preset.${preset}`)}
            </button>
          ))}
          <details
            className="filter-bar__custom"
            open={filter.preset === "custom" ? true : undefined}
          >
            <summary className={filter.preset === "custom" ? "chip chip--active" : "chip"}>
              {t("filter.preset.custom")}
            </summary>
            <form
              className="filter-bar__range"
              onSubmit={(event) => {
                event.preventDefault();
                if (draft.from <= draft.to) onChange({ ...filter, preset: "custom", range: draft });
              }}
            >
              <label>
                {t("filter.from")}
                <input
                  type="date"
                  value={draft.from}
                  max={draft.to}
                  onChange={(e) => setDraft({ ...draft, from: e.target.value })}
                />
              </label>
              <label>
                {t("filter.to")}
                <input
                  type="date"
                  value={draft.to}
                  min={draft.from}
                  onChange={(e) => setDraft({ ...draft, to: e.target.value })}
                />
              </label>
              <button type="submit" className="button button--small">
                {t("filter.apply")}
              </button>
            </form>
          </details>
          <span className="filter-bar__span muted" data-testid="filter-span">
            {formatDateSpan(range.from, range.to)}
          </span>
        </fieldset>
      ) : null}
      <fieldset className="filter-bar__group">
        <legend className="visually-hidden">{t("filter.platforms")}</legend>
        {PLATFORMS.map((platform: Platform) => (
          <label key={platform} className="chip chip--check">
            <input
              type="checkbox"
              checked={filter.platforms.includes(platform)}
              onChange={() =>
                onChange({ ...filter, platforms: toggle(filter.platforms, platform) })
              }
            />
            {t(`platform.${platform}`)}
          </label>
        ))}
      </fieldset>
      {shops.length > 1 ? (
        <details className="filter-bar__shops">
          <summary className="chip">
            {filter.shops.length === 0
              ? t("filter.allShops")
              : t("filter.someShops", { count: String(filter.shops.length) })}
          </summary>
          <div className="filter-bar__menu">
            {shops.map((shop) => {
              const key = `${shop.platform}:${shop.shopId}`;
              return (
                <label key={key} className="filter-bar__shop">
                  <input
                    type="checkbox"
                    checked={filter.shops.includes(key)}
                    onChange={() => onChange({ ...filter, shops: toggle(filter.shops, key) })}
                  />
                  {t(`platform.${shop.platform}`)} · {shop.shopName ?? shop.shopId}
                </label>
              );
            })}
          </div>
        </details>
      ) : null}
      {filter.platforms.length > 0 || filter.shops.length > 0 ? (
        <button
          type="button"
          className="button button--link"
          onClick={() => onChange({ ...filter, platforms: [], shops: [] })}
        >
          {t("filter.clear")}
        </button>
      ) : null}
      {freshnessKinds ? <DataFreshness filter={filter} kinds={freshnessKinds} /> : null}
    </div>
  );
}
