import { useState } from "react";
import { isOkReply, type StatusResponse } from "../lib/messages.ts";
import { beijingTime } from "./beijing-time.ts";
import { sendRequest } from "./send-request.ts";
import type { Translate } from "./use-translate.ts";

interface Props {
  status: StatusResponse;
  t: Translate;
  /** Called after an action, so the page shows its effect at once. */
  onChange: () => void;
}

/** The "sync now" button; it stays disabled while the run it started is going. */
function SyncNowButton({ t, onChange }: Omit<Props, "status">) {
  const [state, setState] = useState<"idle" | "running" | "failed">("idle");
  const onClick = () => {
    setState("running");
    sendRequest({ type: "sync-now" }).then(
      (answer) => setState(isOkReply(answer) ? "idle" : "failed"),
      () => setState("failed"),
    );
    // Show the run's progress while it goes; the page polls too.
    setTimeout(onChange, 300);
  };
  return (
    <span className="block">
      <button type="button" onClick={onClick} disabled={state === "running"}>
        {state === "running" ? t("sync.running") : t("sync.now")}
      </button>
      {state === "failed" && (
        <span className="error block" role="alert">
          {t("sync.nowFailed")}
        </span>
      )}
    </span>
  );
}

/** Where sync stands: pending, last success, last error, quarantine; and "sync now". */
export function SyncStatus({ status, t, onChange }: Props) {
  const sync = status.sync;
  const error = sync.lastError;
  // An error older than the last success is history, not news.
  const errorIsCurrent = error !== null && (sync.lastSuccessAt ?? 0) < error.at;
  return (
    <dd data-testid="sync-state">
      {!status.paired && <span className="muted block">{t("sync.unpairedHint")}</span>}
      <span data-testid="sync-pending" className="block">
        {sync.pending === 0
          ? t("sync.allSynced")
          : t("sync.pending", { count: sync.pending.toLocaleString("en-US") })}
      </span>
      <span className="muted block">
        {sync.lastSuccessAt === null
          ? t("sync.never")
          : t("sync.lastSuccess", { time: beijingTime(sync.lastSuccessAt) })}
      </span>
      {error !== null && errorIsCurrent && (
        <span className="warning block" data-testid="sync-error">
          {t("sync.lastError", { message: error.message, time: beijingTime(error.at) })}
        </span>
      )}
      {sync.nextAttemptAt !== null && errorIsCurrent && (
        <span className="muted block">
          {t("sync.nextAttempt", { time: beijingTime(sync.nextAttemptAt) })}
        </span>
      )}
      {sync.quarantined > 0 && (
        <span className="warning block" data-testid="sync-quarantined">
          {t("sync.quarantined", { count: String(sync.quarantined) })}
        </span>
      )}
      {status.paired && !sync.needsPairing && <SyncNowButton t={t} onChange={onChange} />}
    </dd>
  );
}
