import type { ProfitReport } from "@tongshu/shared";
import { useCallback, useMemo, useRef } from "react";
import {
  parseReportFilter,
  type ReportFilterState,
  reportApiQuery,
  reportFilterSearch,
} from "../../filters/report-filter.ts";
import { getProfitReport } from "../../report-api.ts";
import { useRouter } from "../../router.tsx";
import { type Resource, useResource } from "../../use-resource.ts";
import {
  otherParams,
  type ProfitPageOptions,
  parseProfitOptions,
  profitOptionsParams,
  profitOptionsQuery,
} from "./profit-options.ts";

interface ProfitView {
  filter: ReportFilterState;
  /** A new filter starts the order list again at page 1. */
  setFilter: (next: ReportFilterState) => void;
  options: ProfitPageOptions;
  setOptions: (next: ProfitPageOptions) => void;
  resource: Resource<ProfitReport>;
  retry: () => void;
  /** The filter's query without page options (the server CSV covers the whole range). */
  filterQuery: string;
  /** Showing the previous data while another order page or row limit loads. */
  updating: boolean;
}

interface Loaded {
  filterQuery: string;
  query: string;
  report: ProfitReport;
}

/**
 * The profit page's filter and options (all in the URL) and its report. Paging orders or showing
 * more rows reloads the report; the figures of the same filter stay on screen meanwhile, so the
 * page does not collapse to a spinner and lose the reader's scroll position.
 */
export function useProfitView(): ProfitView {
  const { search, setSearch } = useRouter();
  const filter = useMemo(() => parseReportFilter(search), [search]);
  const options = useMemo(() => parseProfitOptions(search), [search]);
  const filterQuery = reportApiQuery(filter);
  const extra = profitOptionsQuery(options);
  const query = extra ? `${filterQuery}&${extra}` : filterQuery;

  const setFilter = useCallback(
    (next: ReportFilterState) =>
      setSearch(
        reportFilterSearch(next, {
          ...otherParams(search),
          ...profitOptionsParams({ ...options, orderPage: 1 }),
        }),
      ),
    [setSearch, search, options],
  );
  const setOptions = useCallback(
    (next: ProfitPageOptions) =>
      setSearch(
        reportFilterSearch(filter, { ...otherParams(search), ...profitOptionsParams(next) }),
      ),
    [setSearch, search, filter],
  );

  const fetcher = useCallback(
    (signal: AbortSignal): Promise<Loaded> =>
      getProfitReport(query, signal).then((report) => ({ filterQuery, query, report })),
    [filterQuery, query],
  );
  const [loaded, retry] = useResource(fetcher);
  // The last report received; it is only shown again for the same filter.
  const last = useRef<Loaded | null>(null);
  if (loaded.status === "ready") last.current = loaded.data;
  const held = last.current;

  let resource: Resource<ProfitReport>;
  let updating = false;
  if (loaded.status === "ready" && loaded.data.query === query) {
    resource = { status: "ready", data: loaded.data.report };
  } else if (loaded.status !== "error" && held?.filterQuery === filterQuery) {
    resource = { status: "ready", data: held.report };
    updating = true;
  } else if (loaded.status === "error") {
    resource = loaded;
  } else {
    resource = { status: "loading" };
  }
  return { filter, setFilter, options, setOptions, resource, retry, filterQuery, updating };
}
