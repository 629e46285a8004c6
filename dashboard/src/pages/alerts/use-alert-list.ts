import type { Alert, AlertListResponse, AlertState } from "@tongshu/shared";
import { useCallback, useState } from "react";
import { ApiRequestError } from "../../api.ts";
import { useAuth } from "../../auth.tsx";
import type { ErrorMessage } from "../../lib/describe-error.ts";
import { describeError } from "../../lib/describe-error.ts";
import { type Resource, useResource } from "../../use-resource.ts";
import type { AlertAction } from "./alert-actions.ts";
import { actionTarget } from "./alert-actions.ts";
import {
  type AlertFilter,
  alertApiQuery,
  alertPageQuery,
  moveStateCount,
} from "./alert-filters.ts";
import { getAlerts, updateAlertState } from "./alerts-api.ts";

export const PAGE_SIZE = 50;

export type RowFeedback =
  | { kind: "busy" }
  | { kind: "done"; action: AlertAction }
  | { kind: "error"; message: ErrorMessage };

/** What the page added to the first page it loaded: later pages, changed rows, row messages. */
interface Extras {
  for: AlertListResponse | null;
  more: Alert[];
  nextOffset: number | null;
  changed: Record<string, Alert>;
  feedback: Record<string, RowFeedback>;
}

const fresh = (first: AlertListResponse | null): Extras => ({
  for: first,
  more: [],
  nextOffset: first?.nextOffset ?? null,
  changed: {},
  feedback: {},
});

export interface AlertList {
  resource: Resource<AlertListResponse>;
  retry: () => void;
  /** Loaded rows, newest first, with the page's own state changes applied. */
  rows: Alert[];
  counts: Record<AlertState, number>;
  nextOffset: number | null;
  feedback: Record<string, RowFeedback>;
  loadMore: () => void;
  loadingMore: boolean;
  loadMoreError: ErrorMessage | null;
  act: (alert: Alert, action: AlertAction) => void;
}

/**
 * The alert list for a filter: the first page through useResource (reloads when the filter
 * changes or on retry), then "load more" pages and PATCHed rows kept beside it. Everything
 * added is tied to the first page it belongs to, so a new filter or a reload starts clean.
 */
export function useAlertList(filter: AlertFilter): AlertList {
  const base = alertApiQuery(filter);
  const load = useCallback(
    (signal: AbortSignal) =>
      getAlerts(`${base}${base ? "&" : ""}limit=${PAGE_SIZE}&offset=0`, signal),
    [base],
  );
  const [resource, retry] = useResource(load);
  const { signedOut } = useAuth();
  const first = resource.status === "ready" ? resource.data : null;
  const [extras, setExtras] = useState<Extras>(() => fresh(null));
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<ErrorMessage | null>(null);
  const live = extras.for === first ? extras : fresh(first);
  const update = (owner: AlertListResponse | null, change: (e: Extras) => Extras) =>
    setExtras((prev) => {
      const current = prev.for === owner ? prev : fresh(owner);
      return change(current);
    });

  const loaded = first ? [...first.alerts, ...live.more] : [];
  const rows = loaded.map((a) => live.changed[a.id] ?? a);
  let counts = first?.counts ?? { new: 0, seen: 0, resolved: 0 };
  for (const original of loaded) {
    const now = live.changed[original.id];
    if (now) counts = moveStateCount(counts, original.state, now.state);
  }

  const loadMore = () => {
    const offset = live.nextOffset;
    if (offset === null || loadingMore) return;
    setLoadingMore(true);
    setLoadMoreError(null);
    getAlerts(alertPageQuery(filter, offset, PAGE_SIZE))
      .then((page) =>
        update(first, (e) => {
          const seen = new Set([...(first?.alerts ?? []), ...e.more].map((a) => a.id));
          // New alerts may have shifted the pages meanwhile: never list one twice.
          const added = page.alerts.filter((a) => !seen.has(a.id));
          return { ...e, more: [...e.more, ...added], nextOffset: page.nextOffset };
        }),
      )
      .catch((error: unknown) => setLoadMoreError(describeError(error)))
      .finally(() => setLoadingMore(false));
  };

  const act = (alert: Alert, action: AlertAction) => {
    const id = alert.id;
    const feedback = (e: Extras, value: RowFeedback) => ({
      ...e,
      feedback: { ...e.feedback, [id]: value },
    });
    update(first, (e) => feedback(e, { kind: "busy" }));
    updateAlertState(id, actionTarget(action))
      .then((changed) =>
        update(first, (e) => ({
          ...feedback(e, { kind: "done", action }),
          changed: { ...e.changed, [id]: changed },
        })),
      )
      .catch((error: unknown) => {
        // The session ended meanwhile: back to login, as every load does.
        if (error instanceof ApiRequestError && error.status === 401) signedOut();
        update(first, (e) => feedback(e, { kind: "error", message: describeError(error) }));
      });
  };

  return {
    resource,
    retry,
    rows,
    counts,
    nextOffset: live.nextOffset,
    feedback: live.feedback,
    loadMore,
    loadingMore,
    loadMoreError,
    act,
  };
}
