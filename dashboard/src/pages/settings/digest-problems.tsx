import type { DigestSend, DigestSubscription } from "@tongshu/shared";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatBeijingDateTime, NO_VALUE } from "../../lib/format.ts";
import { SendCells } from "./digest-sends.tsx";

/** Sends that failed for good or wait for a retry (last 30 days), so nobody misses a gap. */
export function DigestProblems({
  problems,
  subs,
}: {
  problems: readonly DigestSend[];
  subs: readonly DigestSubscription[];
}) {
  const { t } = useI18n();
  const nameOf = (send: DigestSend) =>
    subs.find((sub) => sub.id === send.subscriptionId)?.name ?? null;
  return (
    <section className="panel" aria-labelledby="dg-problems-title" data-testid="digest-problems">
      <h2 className="section__title" id="dg-problems-title">
        {t("digests.problems.title")}
      </h2>
      <p className="muted">{t("digests.problems.intro")}</p>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("digests.col.recipient")}</th>
              <th scope="col">{t("digests.col.kind")}</th>
              <th scope="col">{t("digests.col.period")}</th>
              <th scope="col">{t("digests.col.status")}</th>
              <th scope="col" className="num">
                {t("digests.col.attempts")}
              </th>
              <th scope="col">{t("digests.col.error")}</th>
              <th scope="col">{t("digests.col.nextRetry")}</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((send) => {
              const name = nameOf(send);
              return (
                <tr key={send.id} data-status={send.status} data-testid="digest-problem">
                  <td>
                    {name ?? send.email}
                    {name !== null && <span className="muted dg-block">{send.email}</span>}
                  </td>
                  <SendCells send={send} />
                  <td className="nowrap">
                    {send.status === "retry" ? formatBeijingDateTime(send.nextAttemptAt) : NO_VALUE}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
