import { useCallback, useMemo } from "react";
import { useRouter } from "../router.tsx";
import { parseReportFilter, type ReportFilterState, reportFilterSearch } from "./report-filter.ts";

/**
 * The page's report filter, read from and written to the URL, so a view can be shared and the
 * back button undoes a filter change. Page-specific parameters (sort, tab) are kept.
 */
export function useReportFilter(): [ReportFilterState, (next: ReportFilterState) => void] {
  const { search, setSearch } = useRouter();
  const filter = useMemo(() => parseReportFilter(search), [search]);
  const update = useCallback(
    (next: ReportFilterState) => {
      const params = new URLSearchParams(search);
      const extra: Record<string, string> = {};
      for (const [key, value] of params)
        if (!["from", "to", "preset", "platform", "shop"].includes(key)) extra[key] = value;
      setSearch(reportFilterSearch(next, extra));
    },
    [search, setSearch],
  );
  return [filter, update];
}

/** Reads one page-specific URL parameter, with a setter that keeps the filter. */
export function useSearchParam(name: string, fallback: string): [string, (value: string) => void] {
  const { search, setSearch } = useRouter();
  const value = new URLSearchParams(search).get(name) ?? fallback;
  const update = useCallback(
    (next: string) => {
      const params = new URLSearchParams(search);
      if (next === fallback) params.delete(name);
      else params.set(name, next);
      setSearch(params.toString().replaceAll("%2C", ",").replaceAll("%3A", ":"));
    },
    [search, setSearch, name, fallback],
  );
  return [value, update];
}
