import { useCallback, useEffect, useState } from "react";
import {
  CAPTURED_TABLES,
  type CapturedCounts,
  type CapturedTable,
  countLocalData,
  readLocalTables,
} from "../db/local-data.ts";
import { describeClear, totalRows } from "../lib/clear-summary.ts";
import type { MessageKey } from "../lib/i18n.ts";
import { buildLocalExport } from "../lib/local-export.ts";
import { parseClearReply } from "../lib/messages.ts";
import { downloadFile, exportFileName } from "./download.ts";
import { pageDatabase } from "./page-database.ts";
import { sendRequest } from "./send-request.ts";
import type { Translate } from "./use-translate.ts";

/** Captures keep arriving while the page is open: the counts are read again this often. */
const REFRESH_MS = 5_000;

const TABLE_LABELS: Record<CapturedTable, MessageKey> = {
  orders: "kind.order",
  skus: "kind.sku",
  traffic: "kind.traffic",
  ads: "kind.ad",
  refunds: "kind.refund",
  settlements: "kind.settlement",
  outbox: "options.data.table.outbox",
  quarantine: "options.data.table.quarantine",
  shops: "options.data.table.shops",
  captureLog: "options.data.table.captureLog",
};

type Result =
  | { kind: "exported"; rows: number }
  | { kind: "cleared"; rows: number }
  | { kind: "error"; key: MessageKey };

function useLocalCounts(): [CapturedCounts | null, () => void] {
  const [counts, setCounts] = useState<CapturedCounts | null>(null);
  const [tick, setTick] = useState(0);
  const refresh = useCallback(() => setTick((n) => n + 1), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `tick` is the refresh trigger.
  useEffect(() => {
    let live = true;
    countLocalData(pageDatabase()).then(
      (value) => live && setCounts(value),
      () => live && setCounts(null),
    );
    const timer = setTimeout(refresh, REFRESH_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [tick, refresh]);
  return [counts, refresh];
}

/** What this browser holds, exported as JSON or cleared after a confirmation that names it. */
export function LocalData({ t }: { t: Translate }) {
  const [counts, refresh] = useLocalCounts();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);

  const exportAll = () => {
    setBusy(true);
    setResult(null);
    readLocalTables(pageDatabase())
      .then((tables) => {
        const now = Date.now();
        const built = buildLocalExport(tables, {
          exportedAt: now,
          extensionVersion: chrome.runtime.getManifest().version,
        });
        downloadFile(built.parts, exportFileName("local-data", now));
        setResult({ kind: "exported", rows: totalRows(built.counts) });
      })
      .catch(() => setResult({ kind: "error", key: "options.data.exportFailed" }))
      .finally(() => setBusy(false));
  };

  const clear = () => {
    setBusy(true);
    sendRequest({ type: "clear-local-data" })
      .then(parseClearReply, () => null)
      .then((deleted) => {
        setConfirming(false);
        setResult(
          deleted === null
            ? { kind: "error", key: "options.data.clearFailed" }
            : { kind: "cleared", rows: totalRows(deleted) },
        );
        refresh();
      })
      .finally(() => setBusy(false));
  };

  const empty = counts !== null && totalRows(counts) === 0;
  return (
    <section aria-labelledby="data-heading" data-testid="local-data">
      <h2 id="data-heading">{t("options.data.heading")}</h2>
      <p className="muted">{t("options.data.help")}</p>
      {counts === null ? (
        <p className="muted">{t("loading")}</p>
      ) : empty ? (
        <p className="muted">{t("options.data.empty")}</p>
      ) : (
        <table className="counts data-counts">
          <tbody>
            {CAPTURED_TABLES.map((name) => (
              <tr key={name} data-testid={`local-count-${name}`} data-count={counts[name]}>
                <th scope="row">{t(TABLE_LABELS[name])}</th>
                <td>{t("options.data.rows", { count: counts[name].toLocaleString("en-US") })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted small">{t("options.data.exportHelp")}</p>
      <div className="row">
        <button type="button" onClick={exportAll} disabled={busy} data-testid="export-local-data">
          {t("options.data.export")}
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => {
            setResult(null);
            setConfirming(true);
          }}
          disabled={busy || empty || confirming}
          data-testid="clear-local-data"
        >
          {t("options.data.clear")}
        </button>
      </div>
      {confirming && counts !== null && (
        <div
          className="confirm"
          role="alertdialog"
          aria-labelledby="clear-title"
          data-testid="clear-confirm"
        >
          <p id="clear-title">
            <strong>{t("options.data.confirmTitle")}</strong>
          </p>
          <ul className="plain-list">
            {describeClear(counts, t).map((line) => (
              <li key={line.key + (line.params.kind ?? "")}>{t(line.key, line.params)}</li>
            ))}
          </ul>
          <p className="muted">{t("options.data.confirmKeeps")}</p>
          <div className="row">
            <button
              type="button"
              className="danger"
              onClick={clear}
              disabled={busy}
              data-testid="clear-confirm-button"
            >
              {t("options.data.confirm")}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => setConfirming(false)}
              disabled={busy}
            >
              {t("options.data.cancel")}
            </button>
          </div>
        </div>
      )}
      {result?.kind === "exported" && (
        <p role="status" data-testid="local-data-result">
          {t("options.data.exported", { count: result.rows.toLocaleString("en-US") })}
        </p>
      )}
      {result?.kind === "cleared" && (
        <p className="notice" role="status" data-testid="local-data-result">
          {t("options.data.cleared", { count: result.rows.toLocaleString("en-US") })}
        </p>
      )}
      {result?.kind === "error" && (
        <p className="error" role="alert">
          {t(result.key)}
        </p>
      )}
    </section>
  );
}
