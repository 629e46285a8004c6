import { PASSWORD_MIN_LENGTH } from "@tongshu/shared";
import { type FormEvent, useState } from "react";
import { changePassword } from "../../api.ts";
import { useI18n } from "../../i18n/i18n-context.tsx";
import type { ErrorMessage } from "../../lib/describe-error.ts";
import { describePasswordError } from "./settings-helpers.ts";

/** 修改密码: the server ends every other session of this member on success. */
export function PasswordSection() {
  const { t } = useI18n();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [again, setAgain] = useState("");
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<ErrorMessage | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    if (next.length < PASSWORD_MIN_LENGTH) return setError({ key: "password.tooShort" });
    if (next !== again) return setError({ key: "password.mismatch" });
    setBusy(true);
    setError(null);
    changePassword({ currentPassword: current, newPassword: next })
      .then(() => {
        setDone(true);
        setCurrent("");
        setNext("");
        setAgain("");
      })
      .catch((cause: unknown) => setError(describePasswordError(cause)))
      .finally(() => setBusy(false));
  };
  const field = (
    label: string,
    value: string,
    set: (value: string) => void,
    testId: string,
    autoComplete: string,
  ) => (
    <label className="field">
      <span className="field__label">{label}</span>
      <input
        type="password"
        autoComplete={autoComplete}
        value={value}
        onChange={(event) => set(event.target.value)}
        data-testid={testId}
      />
    </label>
  );
  return (
    <section className="panel" aria-labelledby="password-title" data-testid="password">
      <h2 className="section__title" id="password-title">
        {t("password.title")}
      </h2>
      <form onSubmit={submit} noValidate data-testid="password-form">
        {field(t("password.current"), current, setCurrent, "password-current", "current-password")}
        {field(t("password.new"), next, setNext, "password-new", "new-password")}
        {field(t("password.confirm"), again, setAgain, "password-confirm", "new-password")}
        <p>
          <button type="submit" disabled={busy} data-testid="password-submit">
            {t("password.submit")}
          </button>
        </p>
        {error && (
          <p className="form-error" role="alert" data-testid="password-error">
            {t(error.key, error.params)}
          </p>
        )}
        {done && (
          <p role="status" data-testid="password-done">
            {t("password.done")}
          </p>
        )}
      </form>
    </section>
  );
}
