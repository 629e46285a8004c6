import type { Alert } from "@tongshu/shared";
import { PlatformBadge } from "../../components/platform-badge.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatBeijingDateTime } from "../../lib/format.ts";
import { Link } from "../../router.tsx";
import { type AlertAction, alertActions } from "./alert-actions.ts";
import { alertLinkTarget, alertSubject, evidenceItems } from "./alert-display.ts";
import type { RowFeedback } from "./use-alert-list.ts";

interface AlertItemProps {
  alert: Alert;
  /** Null when the member may only read (viewer). */
  onAction: ((alert: Alert, action: AlertAction) => void) | null;
  feedback: RowFeedback | undefined;
}

/** One alert: severity, rule, subject, the figures that triggered it, where to look, actions. */
export function AlertItem({ alert, onAction, feedback }: AlertItemProps) {
  const { t } = useI18n();
  const subject = alertSubject(alert);
  const target = alertLinkTarget(alert.link);
  const busy = feedback?.kind === "busy";
  const titleId = `alert-${alert.id}-title`;
  return (
    <li
      className={`alert-item alert-item--${alert.severity} alert-item--${alert.state}`}
      aria-labelledby={titleId}
      data-testid="alert-item"
      data-alert-id={alert.id}
      data-rule={alert.rule}
      data-state={alert.state}
    >
      <div className="alert-item__head">
        <span className={`severity-badge severity-badge--${alert.severity}`}>
          {t(`alerts.severity.${alert.severity}`)}
        </span>
        <h3 className="alert-item__rule" id={titleId}>
          {t(`alerts.rule.${alert.rule}`)}
        </h3>
        <span className={`state-badge state-badge--${alert.state}`} data-testid="alert-state">
          {t(`alerts.state.${alert.state}`)}
        </span>
        <span className="alert-item__date muted">
          {t("alerts.item.date", { date: alert.date })}
        </span>
      </div>
      <p className="alert-item__subject">
        {alert.platform ? <PlatformBadge platform={alert.platform} /> : null}
        {subject.shop ? <span className="alert-item__shop">{subject.shop}</span> : null}
        {subject.item ? <span className="alert-item__thing">{subject.item}</span> : null}
      </p>
      <dl className="alert-evidence" aria-label={t("alerts.item.evidence")}>
        {evidenceItems(alert.rule, alert.evidence, t).map((item) => (
          <div key={item.key} className="alert-evidence__item" data-key={item.key}>
            <dt>{item.label}</dt>
            <dd>{item.text}</dd>
          </div>
        ))}
      </dl>
      <div className="alert-item__foot">
        {target ? (
          <Link to={target.to} className="alert-item__link" data-testid="alert-link">
            {target.route
              ? t("alerts.item.open", { page: t(target.route.labelKey) })
              : t("alerts.item.openOther")}
          </Link>
        ) : null}
        {onAction ? (
          <fieldset className="alert-item__actions">
            <legend className="visually-hidden">{t("alerts.item.actions")}</legend>
            {alertActions(alert.state).map((action) => (
              <button
                key={action}
                type="button"
                className="button button--small"
                disabled={busy}
                onClick={() => onAction(alert, action)}
                data-action={action}
              >
                {t(`alerts.action.${action}`)}
              </button>
            ))}
          </fieldset>
        ) : null}
        <RowMessage feedback={feedback} />
        <p className="alert-item__times muted">
          <span>
            {t("alerts.item.firstSeen", { time: formatBeijingDateTime(alert.firstSeenAt) })}
          </span>
          <span>
            {t("alerts.item.lastSeen", { time: formatBeijingDateTime(alert.lastSeenAt) })}
          </span>
          {alert.state === "resolved" ? (
            <span>
              {alert.stateChangedBy === null
                ? t("alerts.item.resolvedBySystem", {
                    time: formatBeijingDateTime(alert.stateChangedAt),
                  })
                : t("alerts.item.changedAt", { time: formatBeijingDateTime(alert.stateChangedAt) })}
            </span>
          ) : null}
        </p>
      </div>
    </li>
  );
}

function RowMessage({ feedback }: { feedback: RowFeedback | undefined }) {
  const { t } = useI18n();
  if (!feedback) return <span className="alert-item__message" role="status" />;
  if (feedback.kind === "error") {
    return (
      <span className="alert-item__message alert-item__message--error" role="alert">
        {t("alerts.feedback.failed", { reason: t(feedback.message.key, feedback.message.params) })}
      </span>
    );
  }
  return (
    <span className="alert-item__message alert-item__message--done" role="status">
      {feedback.kind === "busy" ? t("alerts.action.busy") : t(`alerts.feedback.${feedback.action}`)}
    </span>
  );
}
