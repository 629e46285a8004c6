import type { DigestSubscription, MemberListItem, ShopCoverage } from "@tongshu/shared";
import type { ReactNode } from "react";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatBeijingDateTime } from "../../lib/format.ts";
import {
  effectiveSections,
  periodMessage,
  profitNote,
  recipientSeesProfit,
  scheduleMessage,
  sendOutcome,
  shopNames,
} from "./digest-helpers.ts";

/** One schedule in words: when, which shops and sections, language, alerts, profit, sends. */
export function DigestFacts({
  sub,
  members,
  shops,
}: {
  sub: DigestSubscription;
  members: readonly MemberListItem[];
  shops: readonly ShopCoverage[];
}) {
  const { t } = useI18n();
  const schedule = scheduleMessage(sub.frequency, sub.sendAt);
  const names = shopNames(sub.shops, shops);
  const profit = profitNote(sub, recipientSeesProfit(sub.memberId, members));
  const last = sub.lastSend;
  const period = last && periodMessage(last.period);
  const outcome = last && sendOutcome(last);
  const separator = t("digests.listSeparator");
  const sections = effectiveSections(sub.sections, sub.includesProfit)
    .map((section) => t(`digests.section.${section}`))
    .join(separator);
  return (
    <dl className="dg-facts">
      <Fact id="schedule" label={t("digests.field.frequency")}>
        {t(schedule.key, schedule.params)}
        {sub.frequency !== "off" && <span className="muted"> {t("digests.beijing")}</span>}
      </Fact>
      <Fact id="shops" label={t("digests.field.shops")}>
        {names === null ? t("digests.allShops") : names.join(separator)}
      </Fact>
      <Fact id="sections" label={t("digests.field.sections")}>
        {sections}
      </Fact>
      <Fact id="profit" label={t("digests.field.profit")}>
        {t(profit.key, profit.params)}
      </Fact>
      <Fact id="locale" label={t("digests.field.locale")}>
        {t(`digests.locale.${sub.locale}`)}
      </Fact>
      <Fact id="urgent" label={t("digests.field.urgent")}>
        {t(sub.urgentAlerts ? "digests.on" : "digests.off")}
      </Fact>
      <Fact id="next" label={t("digests.field.next")}>
        {sub.nextSendAt === null ? t("digests.next.none") : formatBeijingDateTime(sub.nextSendAt)}
      </Fact>
      <Fact id="last" label={t("digests.field.last")}>
        {last && period && outcome ? (
          <span className={last.status === "sent" ? undefined : "dg-problem"}>
            {t(period.key, period.params)} · {t(outcome.key, outcome.params)}
          </span>
        ) : (
          t("digests.last.none")
        )}
      </Fact>
    </dl>
  );
}

function Fact({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="dg-facts__item" data-fact={id}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
