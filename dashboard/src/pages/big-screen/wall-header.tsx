import { useEffect, useState } from "react";
import { getCoverage } from "../../api.ts";
import { useAuth } from "../../auth.tsx";
import { FilterBar } from "../../filters/filter-bar.tsx";
import type { ReportFilterState } from "../../filters/report-filter.ts";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { Link, useRouter } from "../../router.tsx";
import { useResource } from "../../use-resource.ts";
import { dashboardPath } from "./big-screen-data.ts";
import { useFullscreen } from "./use-fullscreen.ts";
import { WallStatus } from "./wall-status.tsx";

interface WallHeaderProps {
  filter: ReportFilterState;
  onFilter: (next: ReportFilterState) => void;
  updatedAt: number | null;
  failed: boolean;
}

/** What the wall shows (in words, shop names as text) for the filter in the URL. */
function useScopeText(filter: ReportFilterState): string {
  const { t } = useI18n();
  const [coverage] = useResource(getCoverage);
  const shops = coverage.status === "ready" ? coverage.data.shops : [];
  if (filter.shops.length > 0) {
    if (filter.shops.length > 2) return t("filter.someShops", { count: filter.shops.length });
    return filter.shops
      .map((key) => {
        const shop = shops.find((s) => `${s.platform}:${s.shopId}` === key);
        return shop ? `${t(`platform.${shop.platform}`)} · ${shop.shopName ?? shop.shopId}` : key;
      })
      .join("、");
  }
  if (filter.platforms.length > 0)
    return filter.platforms.map((p) => t(`platform.${p}`)).join("、");
  return t("filter.allShops");
}

/** Title and scope, the clock and freshness, and the wall's few controls. */
export function WallHeader({ filter, onFilter, updatedAt, failed }: WallHeaderProps) {
  const { t } = useI18n();
  const { me } = useAuth();
  const scope = useScopeText(filter);
  const fullscreen = useFullscreen();
  const [filterOpen, setFilterOpen] = useState(false);
  const { navigate } = useRouter();
  const back = dashboardPath(filter);

  // Esc closes the filter panel, else goes back (in full screen the browser takes Esc to exit).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented || document.fullscreenElement) return;
      if (filterOpen) setFilterOpen(false);
      else navigate(back);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [filterOpen, navigate, back]);

  return (
    <header className="bs-header">
      <div className="bs-header__title">
        <h1 className="bs-title">{t("bigScreen.title")}</h1>
        <p className="bs-scope">
          <span>{me.workspace.name}</span>
          <span className="bs-scope__sep" aria-hidden="true">
            ·
          </span>
          <span data-testid="big-screen-scope">{scope}</span>
        </p>
      </div>
      <WallStatus updatedAt={updatedAt} failed={failed} />
      <div className="bs-controls">
        <details
          className="bs-filter"
          open={filterOpen}
          onToggle={(event) => setFilterOpen(event.currentTarget.open)}
        >
          <summary className="bs-button">{t("bigScreen.filter")}</summary>
          {/* Mounted only while open: the bar loads the shop list itself. */}
          {filterOpen ? (
            <div className="bs-filter__panel">
              <FilterBar filter={filter} onChange={onFilter} dates={false} />
            </div>
          ) : null}
        </details>
        {fullscreen.supported ? (
          <button
            type="button"
            className="bs-button"
            onClick={fullscreen.toggle}
            aria-pressed={fullscreen.active}
            data-testid="big-screen-fullscreen"
          >
            {fullscreen.active ? t("bigScreen.exitFullscreen") : t("bigScreen.fullscreen")}
          </button>
        ) : null}
        <Link
          to={back}
          className="bs-button"
          title={t("bigScreen.escHint")}
          data-testid="big-screen-back"
        >
          {t("bigScreen.back")}
        </Link>
      </div>
    </header>
  );
}
