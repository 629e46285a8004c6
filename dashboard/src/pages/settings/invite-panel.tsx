import type { CreateInvitationResponse, Role } from "@tongshu/shared";
import { type FormEvent, useState } from "react";
import { createInvitation } from "../../api.ts";
import { useI18n } from "../../i18n/i18n-context.tsx";
import type { ErrorMessage } from "../../lib/describe-error.ts";
import { formatBeijingDateTime } from "../../lib/format.ts";
import { describeMemberError } from "./settings-helpers.ts";

/** Invites someone by email: the server answers with a one-time link (7 days) to send them. */
export function InvitePanel({ roles, onCreated }: { roles: Role[]; onCreated: () => void }) {
  const { t } = useI18n();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("viewer");
  const [canSeeCosts, setCanSeeCosts] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorMessage | null>(null);
  const [invite, setInvite] = useState<CreateInvitationResponse | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) {
      setError({ key: "members.invite.invalidEmail" });
      return;
    }
    setBusy(true);
    setError(null);
    setInvite(null);
    createInvitation({ email: email.trim(), role, canSeeCosts, shopScope: null })
      .then((created) => {
        setInvite(created);
        setEmail("");
        onCreated();
      })
      .catch((cause: unknown) => setError(describeMemberError(cause, "members.invite.exists")))
      .finally(() => setBusy(false));
  };
  const copy = () => {
    if (invite) navigator.clipboard?.writeText(invite.inviteUrl).catch(() => undefined);
  };
  return (
    <form className="invite-panel" onSubmit={submit} noValidate data-testid="invite-member-form">
      <h3>{t("members.invite.title")}</h3>
      <label className="field">
        <span className="field__label">{t("members.invite.email")}</span>
        <input
          type="email"
          autoComplete="off"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          data-testid="invite-email"
        />
      </label>
      <label className="field">
        <span className="field__label">{t("members.invite.role")}</span>
        <select
          value={role}
          onChange={(event) => setRole(event.target.value as Role)}
          data-testid="invite-role"
        >
          {roles.map((option) => (
            <option key={option} value={option}>
              {t(`role.${option}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input
          type="checkbox"
          checked={canSeeCosts}
          onChange={(event) => setCanSeeCosts(event.target.checked)}
          data-testid="invite-costs"
        />{" "}
        {t("members.invite.costs")}
      </label>
      <p>
        <button type="submit" disabled={busy} data-testid="invite-submit">
          {t("members.invite.submit")}
        </button>
      </p>
      {error && (
        <p className="form-error" role="alert" data-testid="invite-error">
          {t(error.key, error.params)}
        </p>
      )}
      {invite && (
        <div aria-live="polite" data-testid="invite-result">
          <label className="field">
            <span className="field__label">{t("members.invite.link")}</span>
            <input type="text" readOnly value={invite.inviteUrl} data-testid="invite-link" />
          </label>
          <button type="button" onClick={copy} data-testid="invite-copy">
            {t("members.invite.copy")}
          </button>
          <p className="muted">
            {t("members.invite.help", { until: formatBeijingDateTime(invite.expiresAt) })}
          </p>
        </div>
      )}
    </form>
  );
}
