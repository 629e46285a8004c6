import { type FormEvent, useEffect, useId, useState } from "react";
import type { MessageKey } from "../lib/i18n.ts";
import { parseServerUrl, type ServerUrlError } from "../lib/server-url.ts";
import { saveServerUrl } from "../lib/settings.ts";
import type { Translate } from "./use-translate.ts";

const ERROR_KEYS: Record<ServerUrlError | "storage", MessageKey> = {
  empty: "options.server.error.empty",
  invalid: "options.server.error.invalid",
  insecure: "options.server.error.insecure",
  credentials: "options.server.error.credentials",
  storage: "options.server.error.storage",
};

/** Server address field: stores the origin that pairing (pairing-form.tsx) then uses. */
export function ServerUrlForm({ savedUrl, t }: { savedUrl: string | null; t: Translate }) {
  const inputId = useId();
  const messageId = useId();
  const [draft, setDraft] = useState(savedUrl ?? "");
  const [error, setError] = useState<ServerUrlError | "storage" | null>(null);

  // Show the stored value once it loads, and whenever another page saves a new one.
  useEffect(() => setDraft(savedUrl ?? ""), [savedUrl]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = parseServerUrl(draft);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setDraft(result.url);
    saveServerUrl(result.url).catch(() => setError("storage"));
  };

  return (
    <form className="server-form" onSubmit={onSubmit} noValidate>
      <label className="field" htmlFor={inputId}>
        {t("options.server.label")}
      </label>
      <div className="row">
        <input
          id={inputId}
          type="url"
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          placeholder="https://tongshu.example.workers.dev"
          value={draft}
          aria-invalid={error !== null}
          aria-describedby={messageId}
          onChange={(event) => setDraft(event.currentTarget.value)}
        />
        <button type="submit">{t("options.server.save")}</button>
      </div>
      <p id={messageId} className={error ? "error" : "muted"} role={error ? "alert" : "status"}>
        {error
          ? t(ERROR_KEYS[error])
          : savedUrl
            ? t("options.server.saved", { url: savedUrl })
            : t("options.server.none")}
      </p>
    </form>
  );
}
