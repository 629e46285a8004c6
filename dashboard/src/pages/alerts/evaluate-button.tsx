import { ALERT_RULE_IDS, type EvaluateAlertsResponse } from "@tongshu/shared";
import { useState } from "react";
import { ApiRequestError } from "../../api.ts";
import { useAuth } from "../../auth.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { describeError, type ErrorMessage } from "../../lib/describe-error.ts";
import { formatBeijingDateTime, formatCount } from "../../lib/format.ts";
import { evaluateAlerts } from "./alerts-api.ts";

export type EvaluateOutcome =
  | { kind: "idle" }
  | { kind: "running" }
  | { kind: "done"; result: EvaluateAlertsResponse }
  | { kind: "error"; message: ErrorMessage };

/** 立即检查: runs every rule now (POST evaluate), then `onDone` (the list reloads). */
export function useEvaluate(onDone: () => void): [EvaluateOutcome, () => void] {
  const { signedOut } = useAuth();
  const [outcome, setOutcome] = useState<EvaluateOutcome>({ kind: "idle" });
  const run = () => {
    setOutcome({ kind: "running" });
    evaluateAlerts()
      .then((result) => {
        setOutcome({ kind: "done", result });
        onDone();
      })
      .catch((error: unknown) => {
        if (error instanceof ApiRequestError && error.status === 401) signedOut();
        setOutcome({ kind: "error", message: describeError(error) });
      });
  };
  return [outcome, run];
}

export function EvaluateButton({ outcome, run }: { outcome: EvaluateOutcome; run: () => void }) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className="button button--primary"
      onClick={run}
      disabled={outcome.kind === "running"}
      data-testid="alerts-evaluate"
    >
      {outcome.kind === "running" ? t("alerts.evaluating") : t("alerts.evaluate")}
    </button>
  );
}

/** What the last check did: opened, updated, resolved, and findings per enabled rule. */
export function EvaluateResult({ outcome }: { outcome: EvaluateOutcome }) {
  const { t, locale } = useI18n();
  let body = null;
  if (outcome.kind === "error") {
    body = (
      <p className="form-error">
        {t("alerts.evaluate.failed", { reason: t(outcome.message.key, outcome.message.params) })}
      </p>
    );
  } else if (outcome.kind === "done") {
    const { result } = outcome;
    const found = ALERT_RULE_IDS.filter((rule) => Object.hasOwn(result.found, rule)).map((rule) =>
      t("alerts.evaluate.foundItem", {
        rule: t(`alerts.rule.${rule}`),
        count: formatCount(result.found[rule] ?? 0),
      }),
    );
    body = (
      <p className="notice notice--done">
        {t("alerts.evaluate.done", {
          // "YYYY-MM-DD HH:MM" → the time; the check ran just now.
          time: formatBeijingDateTime(result.evaluatedAt).slice(11),
          opened: formatCount(result.opened),
          updated: formatCount(result.updated),
          resolved: formatCount(result.resolved),
        })}{" "}
        {found.length > 0
          ? t("alerts.evaluate.found", { list: found.join(locale === "en" ? ", " : "、") })
          : t("alerts.evaluate.noneEnabled")}
      </p>
    );
  }
  return (
    <div className="evaluate-result" role="status" data-testid="alerts-evaluate-result">
      {body}
    </div>
  );
}
