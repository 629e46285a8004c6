import { useState } from "react";
import { failedEnvelopes } from "../db/capture-log.ts";
import { buildFailureExport } from "../lib/failure-export.ts";
import { downloadFile, exportFileName } from "./download.ts";
import { pageDatabase } from "./page-database.ts";
import type { Translate } from "./use-translate.ts";

type ExportState =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "done"; count: number }
  | { kind: "failed" };

/** Downloads the failing envelopes, redacted, as one JSON file for a bug report. */
export function FailureExport({ t }: { t: Translate }) {
  const [state, setState] = useState<ExportState>({ kind: "idle" });
  const onClick = () => {
    setState({ kind: "busy" });
    failedEnvelopes(pageDatabase()).then(
      (entries) => {
        const now = Date.now();
        const text = buildFailureExport(entries, {
          exportedAt: now,
          extensionVersion: chrome.runtime.getManifest().version,
        });
        downloadFile([text], exportFileName("failed-captures", now));
        setState({ kind: "done", count: entries.length });
      },
      () => setState({ kind: "failed" }),
    );
  };
  return (
    <div className="block">
      <button
        type="button"
        className="secondary"
        onClick={onClick}
        disabled={state.kind === "busy"}
        data-testid="export-failures"
      >
        {t("popup.failures.export")}
      </button>
      <span className="muted block small">{t("popup.failures.help")}</span>
      {state.kind === "done" && (
        <span className="block small" role="status">
          {t("popup.failures.exported", { count: String(state.count) })}
        </span>
      )}
      {state.kind === "failed" && (
        <span className="error block small" role="alert">
          {t("popup.failures.exportFailed")}
        </span>
      )}
    </div>
  );
}
