import type { MailDelivery } from "@tongshu/shared";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { NO_VALUE } from "../../lib/format.ts";

/** How this server sends mail (its configuration, not editable here) and what stops it. */
export function DigestDelivery({ delivery }: { delivery: MailDelivery }) {
  const { t } = useI18n();
  return (
    <section
      className="panel"
      aria-labelledby="dg-delivery-title"
      data-testid="digest-delivery"
      data-transport={delivery.transport}
    >
      <h2 className="section__title" id="dg-delivery-title">
        {t("digests.delivery.title")}
      </h2>
      <dl className="facts">
        <div className="facts__row">
          <dt>{t("digests.delivery.transport")}</dt>
          <dd>{t(`digests.delivery.transport.${delivery.transport}`)}</dd>
        </div>
        <div className="facts__row">
          <dt>{t("digests.delivery.from")}</dt>
          <dd>{delivery.from ?? NO_VALUE}</dd>
        </div>
        <div className="facts__row">
          <dt>{t("digests.delivery.status")}</dt>
          <dd>
            {delivery.problem === null ? (
              <span className="dg-ok">{t("digests.delivery.ready")}</span>
            ) : (
              <span className="dg-problem" data-testid="digest-delivery-problem">
                {t("digests.delivery.problem", { problem: delivery.problem })}
              </span>
            )}
          </dd>
        </div>
      </dl>
      {delivery.outboxUrl !== null && (
        <p>
          <a
            href={delivery.outboxUrl}
            target="_blank"
            rel="noopener noreferrer"
            data-testid="digest-outbox-link"
          >
            {t("digests.delivery.outbox")}
            <span className="visually-hidden">{t("digests.newTab")}</span>
          </a>
        </p>
      )}
    </section>
  );
}
