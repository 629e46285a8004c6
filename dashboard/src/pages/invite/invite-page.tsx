import {
  AcceptInvitationRequestSchema,
  type InvitationInfoResponse,
  type MeResponse,
} from "@tongshu/shared";
import { type FormEvent, useEffect, useState } from "react";
import { acceptInvitation, getInvitation } from "../../api.ts";
import { LanguageSelect } from "../../components/language-select.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { useRouter } from "../../router.tsx";

/** The token travels in the fragment (#token=…) so it never reaches logs or Referer headers. */
export function invitationToken(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, "")).get("token");
  return token && /^[A-Za-z0-9_-]{16,128}$/.test(token) ? token : null;
}

type View =
  | { status: "loading" }
  | { status: "invalid" }
  | { status: "ready"; info: InvitationInfoResponse };

/** /invite#token=…: join a workspace with a name and a password, then land logged in. */
export function InvitePage({ onSignedIn }: { onSignedIn: (me: MeResponse) => void }) {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const token = invitationToken(window.location.hash);
  const [view, setView] = useState<View>(token ? { status: "loading" } : { status: "invalid" });
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    if (!token) return;
    const controller = new AbortController();
    getInvitation(token, controller.signal).then(
      (info) => setView({ status: "ready", info }),
      () => !controller.signal.aborted && setView({ status: "invalid" }),
    );
    return () => controller.abort();
  }, [token]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = AcceptInvitationRequestSchema.safeParse({ token, name, password });
    if (!body.success) return setFailure(t("invite.invalidInput"));
    setPending(true);
    setFailure(null);
    try {
      const me = await acceptInvitation(body.data);
      // Drop the used token from history, then go to the overview through the router.
      window.history.replaceState(null, "", "/invite");
      navigate("/");
      onSignedIn(me);
    } catch {
      setFailure(t("invite.failed"));
      setPending(false);
    }
  }

  return (
    <main className="login" id="main">
      <form className="login__card" onSubmit={onSubmit} noValidate data-testid="invite-form">
        <div className="login__head">
          <h1 className="login__title">{t("invite.title")}</h1>
          <LanguageSelect />
        </div>
        {view.status === "loading" && <p className="muted">{t("invite.loading")}</p>}
        {view.status === "invalid" && (
          <p className="form-error" role="alert" data-testid="invite-invalid">
            {t("invite.invalid")}
          </p>
        )}
        {view.status === "ready" && (
          <>
            <p data-testid="invite-info">
              {t("invite.info", {
                workspace: view.info.workspace.name,
                email: view.info.email,
                role: t(`role.${view.info.role}`),
              })}
            </p>
            <label className="field">
              <span className="field__label">{t("invite.name")}</span>
              <input
                name="name"
                autoComplete="name"
                required
                value={name}
                onChange={(e) => setName(e.target.value)}
              />
            </label>
            <label className="field">
              <span className="field__label">{t("invite.password")}</span>
              <input
                type="password"
                name="password"
                autoComplete="new-password"
                required
                minLength={10}
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            </label>
            {failure && (
              <p className="form-error" role="alert">
                {failure}
              </p>
            )}
            <button type="submit" className="button button--primary" disabled={pending}>
              {t("invite.submit")}
            </button>
          </>
        )}
      </form>
    </main>
  );
}
