import type { PairingCodeResponse } from "@tongshu/shared";
import { useState } from "react";
import { createPairingCode } from "../../api.ts";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatBeijingDateTime } from "../../lib/format.ts";

/** "ABCDEFGH" as it is easiest to read aloud and type: "ABCD-EFGH". */
export function displayPairingCode(code: string): string {
  return code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}

/** Makes a one-time pairing code for the extension and says where to type it. */
export function PairingCodePanel({ onCreated }: { onCreated: () => void }) {
  const { t } = useI18n();
  const [code, setCode] = useState<PairingCodeResponse | null>(null);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const create = () => {
    setBusy(true);
    setFailed(false);
    createPairingCode()
      .then((created) => {
        setCode(created);
        onCreated();
      })
      .catch(() => setFailed(true))
      .finally(() => setBusy(false));
  };
  return (
    <div className="pairing-panel">
      <button type="button" onClick={create} disabled={busy} data-testid="create-pairing-code">
        {t("devices.createCode")}
      </button>
      {failed && (
        <p className="error" role="alert">
          {t("devices.createFailed")}
        </p>
      )}
      {code && (
        <div className="pairing-code" aria-live="polite">
          <p className="pairing-code__value" data-testid="pairing-code">
            {displayPairingCode(code.code)}
          </p>
          <p className="muted">
            {t("devices.codeHelp", {
              server: window.location.origin,
              until: formatBeijingDateTime(code.expiresAt),
            })}
          </p>
        </div>
      )}
    </div>
  );
}
