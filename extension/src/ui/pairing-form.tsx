import { type FormEvent, useId, useState } from "react";
import type { MessageKey } from "../lib/i18n.ts";
import { type PairError, parsePairReply } from "../lib/messages.ts";
import { normalizePairingCode } from "../sync/pair-device.ts";
import { defaultDeviceName } from "./device-name.ts";
import { sendRequest } from "./send-request.ts";
import type { Translate } from "./use-translate.ts";

type FormError = PairError | "format" | "internal";

const ERROR_KEYS: Record<FormError, MessageKey> = {
  format: "options.pairing.error.format",
  invalid_code: "options.pairing.error.invalid_code",
  unreachable: "options.pairing.error.unreachable",
  not_tongshu: "options.pairing.error.not_tongshu",
  rate_limited: "options.pairing.error.rate_limited",
  server_error: "options.pairing.error.server_error",
  internal: "options.pairing.error.internal",
};

/** Code + device name → the service worker pairs (it holds the token, pages never do). */
export function PairingForm({
  serverUrl,
  t,
  onPaired,
}: {
  serverUrl: string | null;
  t: Translate;
  onPaired: () => void;
}) {
  const codeId = useId();
  const nameId = useId();
  const [code, setCode] = useState("");
  const [deviceName, setDeviceName] = useState(defaultDeviceName);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ kind: FormError; detail: string } | null>(null);

  if (serverUrl === null) return <p className="muted">{t("options.pairing.needServer")}</p>;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const normalized = normalizePairingCode(code);
    if (normalized === null) {
      setError({ kind: "format", detail: "" });
      return;
    }
    setBusy(true);
    setError(null);
    const name = deviceName.trim() || defaultDeviceName();
    sendRequest({ type: "pair", serverUrl, code: normalized, deviceName: name })
      .then(parsePairReply, () => null)
      .then((reply) => {
        setBusy(false);
        if (reply === null) setError({ kind: "internal", detail: "" });
        else if (!reply.ok) setError({ kind: reply.error, detail: reply.message });
        else {
          setCode("");
          onPaired();
        }
      });
  };

  return (
    <form className="server-form" onSubmit={onSubmit} noValidate>
      <label className="field" htmlFor={codeId}>
        {t("options.pairing.code")}
      </label>
      <input
        id={codeId}
        data-testid="pairing-code"
        autoComplete="off"
        spellCheck={false}
        placeholder="ABCD-EFGH"
        maxLength={16}
        value={code}
        aria-invalid={error !== null}
        onChange={(event) => setCode(event.currentTarget.value)}
      />
      <label className="field" htmlFor={nameId}>
        {t("options.pairing.deviceName")}
      </label>
      <div className="row">
        <input
          id={nameId}
          maxLength={100}
          value={deviceName}
          onChange={(event) => setDeviceName(event.currentTarget.value)}
        />
        <button type="submit" disabled={busy} data-testid="pair-button">
          {busy ? t("options.pairing.pairing") : t("options.pairing.pair")}
        </button>
      </div>
      {error && (
        <p className="error" role="alert" data-testid="pairing-error">
          {t(ERROR_KEYS[error.kind])}
          {error.detail && <span className="muted block">{error.detail}</span>}
        </p>
      )}
    </form>
  );
}
