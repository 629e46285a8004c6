import { useState } from "react";
import { getCoverage, getMembers } from "../../api.ts";
import { useAuth } from "../../auth.tsx";
import { AsyncView } from "../../components/async-view.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { DigestDelivery } from "./digest-delivery.tsx";
import { DigestForm } from "./digest-form.tsx";
import { DigestProblems } from "./digest-problems.tsx";
import { DigestRow } from "./digest-row.tsx";
import { getDigests } from "./digests-api.ts";
import { useLiveResource } from "./use-live-resource.ts";
import "../../styles/digests.css";

async function loadDigests(signal: AbortSignal) {
  const [digests, members, coverage] = await Promise.all([
    getDigests(signal),
    getMembers(signal),
    getCoverage(signal),
  ]);
  return { ...digests, members: members.members, shops: coverage.shops };
}

/**
 * 邮件摘要: who gets the scheduled digest and urgent alert emails, and how mail goes out.
 * Owners and admins manage everyone's (members or outside addresses); others only their own.
 */
export function DigestsSection() {
  const { t } = useI18n();
  const { me } = useAuth();
  const manager = me.member.role === "owner" || me.member.role === "admin";
  const [resource, retry, refresh] = useLiveResource(loadDigests);
  // Deleting removes the row, and its own status line with it: say so here instead.
  const [notice, setNotice] = useState("");
  return (
    <AsyncView resource={resource} retry={retry}>
      {({ subscriptions, delivery, problems, members, shops }) => {
        const own = subscriptions.some((sub) => sub.memberId === me.member.id);
        return (
          <>
            <DigestDelivery delivery={delivery} />
            <section className="panel" aria-labelledby="dg-list-title" data-testid="digests">
              <h2 className="section__title" id="dg-list-title">
                {t("digests.list.title")}
              </h2>
              <p className="muted">{t(manager ? "digests.intro" : "digests.introSelf")}</p>
              <p className="dg-notice" role="status" data-testid="digests-notice">
                {notice}
              </p>
              {subscriptions.length === 0 ? (
                <p className="dg-empty" data-testid="digests-empty">
                  {t(manager ? "digests.list.empty" : "digests.list.emptySelf")}
                </p>
              ) : (
                <ul className="dg-list">
                  {subscriptions.map((sub) => (
                    <DigestRow
                      key={sub.id}
                      sub={sub}
                      members={members}
                      shops={shops}
                      isSelf={sub.memberId === me.member.id}
                      canSend={delivery.problem === null}
                      onChanged={refresh}
                      announce={setNotice}
                    />
                  ))}
                </ul>
              )}
            </section>
            {problems.length > 0 && <DigestProblems problems={problems} subs={subscriptions} />}
            {(manager || !own) && (
              <section className="panel" aria-labelledby="dg-add-title" data-testid="digest-add">
                <h2 className="section__title" id="dg-add-title">
                  {t(manager ? "digests.form.addTitle" : "digests.form.addSelfTitle")}
                </h2>
                <DigestForm
                  mode={{ kind: "create", manager, subscriptions }}
                  members={members}
                  shops={shops}
                  onSaved={() => {
                    // A member's own form goes away once subscribed, and its message with it.
                    if (!manager) setNotice(t("digests.form.created"));
                    refresh();
                  }}
                />
              </section>
            )}
          </>
        );
      }}
    </AsyncView>
  );
}
