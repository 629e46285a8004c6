import { useState } from "react";
import { ApiRequestError, logout } from "../api.ts";
import { useAuth } from "../auth.tsx";
import { LanguageSelect } from "../components/language-select.tsx";
import { useI18n } from "../i18n/i18n-context.tsx";
import { describeError } from "../lib/describe-error.ts";
import { bigScreenPath } from "../pages/big-screen/big-screen-data.ts";
import { Link, useRouter } from "../router.tsx";

/** Workspace, member and role, language and logout. */
export function TopBar() {
  const { me, signedOut } = useAuth();
  const { t } = useI18n();
  const { search } = useRouter();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function onLogout() {
    setPending(true);
    setFailure(null);
    try {
      await logout();
      signedOut();
    } catch (error) {
      // A 401 means the session was already gone: the outcome the user asked for.
      if (error instanceof ApiRequestError && error.status === 401) return signedOut();
      const message = describeError(error);
      setFailure(t("header.logoutFailed", { reason: t(message.key, message.params) }));
      setPending(false);
    }
  }

  const role = t(`role.${me.member.role}`);
  return (
    <header className="top-bar" data-testid="top-bar">
      <div className="top-bar__workspace">
        <span className="top-bar__label">{t("header.workspace")}</span>
        <span className="top-bar__workspace-name" data-testid="workspace-name">
          {me.workspace.name}
        </span>
      </div>
      <div className="top-bar__actions">
        <span className="top-bar__member" data-testid="member">
          {t("header.member", { name: me.member.name, role })}
        </span>
        <Link
          to={bigScreenPath(search)}
          className="button button--quiet"
          title={t("bigScreen.openHint")}
          data-testid="open-big-screen"
        >
          {t("bigScreen.open")}
        </Link>
        <LanguageSelect />
        <button
          type="button"
          className="button button--quiet"
          onClick={onLogout}
          disabled={pending}
          data-testid="logout"
        >
          {pending ? t("header.loggingOut") : t("header.logout")}
        </button>
      </div>
      {failure && (
        <p className="top-bar__error" role="alert">
          {failure}
        </p>
      )}
    </header>
  );
}
