import { useState } from "react";
import { isOkReply, type SyncStatus } from "../lib/messages.ts";
import { sendRequest } from "./send-request.ts";
import type { Translate } from "./use-translate.ts";

/** Options page: why records were refused, and a way to send them again. */
export function QuarantineList({
  sync,
  t,
  onChange,
}: {
  sync: SyncStatus;
  t: Translate;
  onChange: () => void;
}) {
  const [failed, setFailed] = useState(false);
  if (sync.quarantined === 0) return <p className="muted">{t("options.quarantine.none")}</p>;
  const requeue = () => {
    sendRequest({ type: "requeue-quarantine" }).then(
      (answer) => {
        setFailed(!isOkReply(answer));
        onChange();
      },
      () => setFailed(true),
    );
  };
  return (
    <>
      <p>{t("sync.quarantined", { count: String(sync.quarantined) })}</p>
      <ul className="plain-list" data-testid="quarantine-reasons">
        {sync.quarantineReasons.map(({ reason, count }) => (
          <li key={reason}>{t("options.quarantine.reason", { count: String(count), reason })}</li>
        ))}
      </ul>
      <p className="muted">{t("options.quarantine.help")}</p>
      <button type="button" onClick={requeue}>
        {t("options.quarantine.requeue")}
      </button>
      {failed && (
        <p className="error" role="alert">
          {t("options.quarantine.requeueFailed")}
        </p>
      )}
    </>
  );
}
