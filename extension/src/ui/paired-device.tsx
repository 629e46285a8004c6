import { useId, useState } from "react";
import { isOkReply, type StatusResponse } from "../lib/messages.ts";
import { sendRequest } from "./send-request.ts";
import type { Translate } from "./use-translate.ts";

/** The paired workspace, and unpairing (captured data stays unless the user ticks the box). */
export function PairedDevice({
  status,
  t,
  onChange,
}: {
  status: StatusResponse;
  t: Translate;
  onChange: () => void;
}) {
  const clearId = useId();
  const [clearData, setClearData] = useState(false);
  const [failed, setFailed] = useState(false);

  const unpair = () => {
    if (clearData && !window.confirm(t("options.pairing.confirmClear"))) return;
    sendRequest({ type: "unpair", clearLocalData: clearData }).then(
      (answer) => {
        setFailed(!isOkReply(answer));
        onChange();
      },
      () => setFailed(true),
    );
  };

  return (
    <div>
      <p className="notice" data-testid="paired-workspace">
        {t("options.pairing.paired", { workspace: status.workspaceName ?? "" })}
        <span className="muted block">
          {t("options.pairing.pairedServer", { url: status.serverUrl ?? "" })}
        </span>
      </p>
      {status.sync.needsPairing && (
        <p className="error" role="alert">
          {t("popup.server.needsPairing")}
        </p>
      )}
      <label className="field inline" htmlFor={clearId}>
        <input
          id={clearId}
          type="checkbox"
          checked={clearData}
          onChange={(event) => setClearData(event.currentTarget.checked)}
        />
        <span>{t("options.pairing.clearData")}</span>
      </label>
      <p className="muted">{t("options.pairing.clearDataHelp")}</p>
      <button type="button" onClick={unpair} data-testid="unpair-button">
        {t("options.pairing.unpair")}
      </button>
      {failed && (
        <p className="error" role="alert">
          {t("options.pairing.error.internal")}
        </p>
      )}
    </div>
  );
}
