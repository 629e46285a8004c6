import type { PlatformSettings } from "@tongshu/shared";
import { useAuth } from "../../auth.tsx";
import { AsyncView } from "../../components/async-view.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { NoCostAccess } from "./no-cost-access.tsx";
import { PlatformFeeForm } from "./platform-fee-form.tsx";
import { ReadOnlyNote } from "./save-feedback.tsx";
import { getPlatformSettings } from "./settings-data-api.ts";
import { useLiveResource } from "./use-live-resource.ts";

/** 平台费用: the fee rates and shipping the profit report estimates with where no bill was captured. */
export function PlatformFeesSection() {
  const { t } = useI18n();
  const { me } = useAuth();
  if (!me.member.canSeeCosts) return <NoCostAccess title={t("settingsData.fees.title")} />;
  return <PlatformFeesView editable={me.member.role === "owner" || me.member.role === "admin"} />;
}

function PlatformFeesView({ editable }: { editable: boolean }) {
  const { t } = useI18n();
  const [resource, retry, refresh] = useLiveResource(getPlatformSettings);
  return (
    <section className="panel" aria-labelledby="sd-fees-title" data-testid="fees">
      <h2 className="section__title" id="sd-fees-title">
        {t("settingsData.fees.title")}
      </h2>
      <p className="muted">{t("settingsData.fees.intro")}</p>
      {!editable && <ReadOnlyNote reason="settingsData.readOnly.editors" />}
      <AsyncView resource={resource} retry={retry}>
        {({ platforms }) => (
          <div className="sd-cards sd-cards--fees">
            {platforms.map((settings: PlatformSettings) => (
              <PlatformFeeForm
                key={settings.platform}
                settings={settings}
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
