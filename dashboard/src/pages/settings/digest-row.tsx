import type { DigestSubscription, MemberListItem, ShopCoverage } from "@tongshu/shared";
import { useState } from "react";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatBeijingDateTime } from "../../lib/format.ts";
import { describeDigestError } from "./digest-errors.ts";
import { DigestFacts } from "./digest-facts.tsx";
import { DigestForm } from "./digest-form.tsx";
import { type Message, sendOutcome } from "./digest-helpers.ts";
import { DigestSends } from "./digest-sends.tsx";
import { deleteDigest, sendDigestNow, updateDigest } from "./digests-api.ts";

type Action = "send" | "resubscribe" | "delete";
interface RowStatus {
  pending: Action | null;
  message: Message | null;
  failed: boolean;
}

/** One recipient: the schedule in words, and edit / send now / history / delete. */
export function DigestRow({
  sub,
  members,
  shops,
  isSelf,
  canSend,
  onChanged,
  announce,
}: {
  sub: DigestSubscription;
  members: readonly MemberListItem[];
  shops: readonly ShopCoverage[];
  isSelf: boolean;
  /** Mail can go out (the delivery panel says why not). */
  canSend: boolean;
  onChanged: () => void;
  announce: (text: string) => void;
}) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [historyVersion, setHistoryVersion] = useState(0);
  const [status, setStatus] = useState<RowStatus>({ pending: null, message: null, failed: false });
  const recipient = sub.name ?? sub.email;
  const unsubscribed = sub.unsubscribedAt !== null;

  /** Runs one row action; a send that came back "retry"/"failed" is shown as an error. */
  const run = (action: Action, work: () => Promise<{ message: Message; failed?: boolean }>) => {
    setStatus({ pending: action, message: null, failed: false });
    work().then(
      ({ message, failed = false }) => {
        setStatus({ pending: null, message, failed });
        setHistoryVersion((v) => v + 1);
        onChanged();
      },
      (cause: unknown) =>
        setStatus({ pending: null, message: describeDigestError(cause, t, action), failed: true }),
    );
  };
  const sendNow = () =>
    run("send", async () => {
      const send = await sendDigestNow(sub.id);
      return {
        message: sendOutcome(send),
        failed: send.status === "retry" || send.status === "failed",
      };
    });
  const resubscribe = () =>
    run("resubscribe", async () => {
      await updateDigest(sub.id, { resubscribe: true });
      return { message: { key: "digests.resubscribed" } };
    });
  const remove = () => {
    if (!window.confirm(t("digests.deleteConfirm", { recipient }))) return;
    run("delete", async () => {
      await deleteDigest(sub.id);
      announce(t("digests.deleted", { recipient }));
      return { message: { key: "digests.deleted", params: { recipient } } };
    });
  };
  const busy = status.pending !== null;

  return (
    <li
      className={`dg-row${unsubscribed ? " dg-row--unsubscribed" : ""}`}
      data-testid="digest-row"
      data-digest-id={sub.id}
    >
      <div className="dg-row__head">
        <h3 className="dg-row__name">
          {recipient}
          {isSelf && <span className="muted">{t("digests.you")}</span>}
        </h3>
        {sub.name !== null && <span className="muted dg-row__email">{sub.email}</span>}
        {sub.memberId === null && <span className="sd-tag">{t("digests.outside")}</span>}
        {unsubscribed && (
          <span className="sd-tag sd-tag--warn" data-testid="digest-unsubscribed">
            {t("digests.unsubscribed")}
          </span>
        )}
      </div>
      {unsubscribed && (
        <p className="sd-warning dg-row__unsub">
          <span>
            {t("digests.unsubscribedAt", { at: formatBeijingDateTime(sub.unsubscribedAt) })}
          </span>
          <button
            type="button"
            className="button button--small"
            disabled={busy}
            onClick={resubscribe}
            data-testid="digest-resubscribe"
          >
            {t("digests.resubscribe")}
          </button>
        </p>
      )}
      {editing ? (
        <DigestForm
          mode={{ kind: "edit", sub }}
          members={members}
          shops={shops}
          onSaved={() => {
            setEditing(false);
            setStatus({ pending: null, message: { key: "digests.form.saved" }, failed: false });
            onChanged();
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <DigestFacts sub={sub} members={members} shops={shops} />
      )}
      <div className="sd-buttons">
        {!editing && (
          <button
            type="button"
            className="button button--small"
            disabled={busy}
            onClick={() => setEditing(true)}
            data-testid="digest-edit"
          >
            {t("digests.edit")}
          </button>
        )}
        <button
          type="button"
          className="button button--small"
          disabled={busy || unsubscribed || !canSend}
          onClick={sendNow}
          data-testid="digest-send-now"
        >
          {status.pending === "send" ? t("digests.send.sending") : t("digests.sendNow")}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-expanded={historyOpen}
          onClick={() => setHistoryOpen((open) => !open)}
          data-testid="digest-history-toggle"
        >
          {t(historyOpen ? "digests.historyHide" : "digests.history")}
        </button>
        <button
          type="button"
          className="button button--small dg-danger"
          disabled={busy}
          onClick={remove}
          data-testid="digest-delete"
        >
          {t("digests.delete")}
        </button>
      </div>
      <p
        className={`dg-row__status${status.failed ? " dg-row__status--error" : ""}`}
        role="status"
        data-testid="digest-row-status"
      >
        {status.pending === "send" && t("digests.send.sending")}
        {status.message && t(status.message.key, status.message.params)}
      </p>
      {historyOpen && <DigestSends sub={sub} version={historyVersion} />}
    </li>
  );
}
