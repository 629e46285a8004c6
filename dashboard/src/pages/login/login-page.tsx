import { LoginRequestSchema, type MeResponse } from "@tongshu/shared";
import { type FormEvent, useEffect, useState } from "react";
import { login } from "../../api.ts";
import { LanguageSelect } from "../../components/language-select.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { describeLoginError, type ErrorMessage } from "../../lib/describe-error.ts";

/** Shown whenever there is no session (GET /api/v1/me answered 401). */
export function LoginPage({ onSignedIn }: { onSignedIn: (me: MeResponse) => void }) {
  const { t } = useI18n();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<ErrorMessage | null>(null);

  useEffect(() => {
    document.title = t("login.title");
  }, [t]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = LoginRequestSchema.safeParse({ email, password });
    if (!body.success) return setFailure({ key: "login.invalidInput" });
    setPending(true);
    setFailure(null);
    try {
      onSignedIn(await login(body.data));
    } catch (error) {
      setFailure(describeLoginError(error));
      setPending(false);
    }
  }

  return (
    <main className="login" id="main">
      <form className="login__card" onSubmit={onSubmit} noValidate data-testid="login-form">
        <div className="login__head">
          <h1 className="login__title">{t("login.title")}</h1>
          <LanguageSelect />
        </div>
        <p className="muted">{t("login.subtitle")}</p>
        <label className="field">
          <span className="field__label">{t("login.email")}</span>
          <input
            type="email"
            name="email"
            autoComplete="username"
            inputMode="email"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{t("login.password")}</span>
          <input
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        {failure && (
          <p className="form-error" role="alert" data-testid="login-error">
            {t(failure.key, failure.params)}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? t("login.submitting") : t("login.submit")}
        </button>
      </form>
    </main>
  );
}
