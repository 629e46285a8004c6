import { useCallback } from "react";
import { type Resource, useResource } from "../use-resource.ts";
import { type ReportFilterState, reportApiQuery } from "./report-filter.ts";

/** Loads a report for the page's filter; reloads when the filter (or `extra`) changes. */
export function useReport<T>(
  load: (query: string, signal?: AbortSignal) => Promise<T>,
  filter: ReportFilterState,
  extra = "",
): [Resource<T>, () => void, string] {
  const query = `${reportApiQuery(filter)}${extra ? `&${extra}` : ""}`;
  const fetcher = useCallback((signal: AbortSignal) => load(query, signal), [load, query]);
  const [resource, retry] = useResource(fetcher);
  return [resource, retry, query];
}
