import { useAuth } from "../../auth.tsx";
import { AsyncView } from "../../components/async-view.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { AlertRuleCard } from "./alert-rule-card.tsx";
import { ReadOnlyNote } from "./save-feedback.tsx";
import { getAlertRules } from "./settings-data-api.ts";
import { useLiveResource } from "./use-live-resource.ts";

/** 预警规则: every rule on or off with its thresholds (any member reads; owners and admins save). */
export function AlertRulesSection() {
  const { t } = useI18n();
  const { me } = useAuth();
  const editable = me.member.role === "owner" || me.member.role === "admin";
  const [resource, retry, refresh] = useLiveResource(getAlertRules);
  return (
    <section className="panel" aria-labelledby="sd-alerts-title" data-testid="alert-rules">
      <h2 className="section__title" id="sd-alerts-title">
        {t("settingsData.alert.title")}
      </h2>
      <p className="muted">{t("settingsData.alert.intro")}</p>
      {!editable && <ReadOnlyNote reason="settingsData.readOnly.editors" />}
      <AsyncView resource={resource} retry={retry}>
        {({ rules }) => (
          <div className="sd-cards">
            {rules.map((setting) => (
              <AlertRuleCard
                key={setting.rule}
                setting={setting}
                editable={editable}
                onSaved={refresh}
              />
            ))}
          </div>
        )}
      </AsyncView>
    </section>
  );
}
