import type { QualitySummary, RecordKind } from "@tongshu/shared";
import { useCallback, useEffect, useState } from "react";
import {
  type ReportFilterState,
  reportApiQuery,
  reportFilterSearch,
} from "../filters/report-filter.ts";
import { useI18n } from "../i18n/i18n-context.tsx";
import { freshnessParts } from "../lib/freshness.ts";
import { getQualitySummary } from "../pages/quality/quality-api.ts";
import { Link } from "../router.tsx";
import { useResource } from "../use-resource.ts";
import "../styles/data-freshness.css";

interface DataFreshnessProps {
  filter: ReportFilterState;
  /** The record kinds the page's figures come from, e.g. ["order", "traffic"]. */
  kinds: readonly RecordKind[];
}

/** The 数据质量 page for the same filter, optionally at one tier's findings. */
function qualityPath(filter: ReportFilterState, tier?: string): string {
  const search = reportFilterSearch(filter, tier ? { tier } : {});
  return search ? `/quality?${search}` : "/quality";
}

/**
 * One quiet line under a report's filters: how fresh and complete its data is for the range,
 * each part linking to 数据质量. It keeps the previous line while a new filter loads (no
 * flashing) and says nothing when the summary fails: the report itself is still right there.
 */
export function DataFreshness({ filter, kinds }: DataFreshnessProps) {
  const { t } = useI18n();
  const query = reportApiQuery(filter);
  const kindList = kinds.join(",");
  const load = useCallback(
    (signal: AbortSignal) => getQualitySummary(query, kindList.split(",") as RecordKind[], signal),
    [query, kindList],
  );
  const [resource] = useResource(load);
  const [shown, setShown] = useState<QualitySummary | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (resource.status === "ready") setShown(resource.data);
    setFailed(resource.status === "error");
  }, [resource]);
  if (failed) return null;
  const loading = resource.status === "loading";
  return (
    <div
      className={loading ? "data-freshness is-loading" : "data-freshness"}
      data-testid="data-freshness"
      aria-busy={loading}
    >
      {shown ? <span className="visually-hidden">{t("freshness.label")}</span> : null}
      {shown
        ? freshnessParts(shown, t).map((part) => (
            <Link
              key={part.id}
              to={qualityPath(filter, part.tier)}
              className={`data-freshness__part data-freshness__part--${part.tone}`}
              data-part={part.id}
            >
              {part.text}
            </Link>
          ))
        : null}
    </div>
  );
}
