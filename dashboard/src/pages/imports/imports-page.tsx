import { useAuth } from "../../auth.tsx";
import { PageFrame } from "../../components/page-frame.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { useResource } from "../../use-resource.ts";
import { ImportFlow } from "./import-flow.tsx";
import { ImportHistory } from "./import-history.tsx";
import { getImports } from "./imports-api.ts";
import "../../styles/imports.css";

/**
 * 数据导入: a platform export file is read in a Web Worker (buyer columns dropped there),
 * previewed, checked against a shop and sent in batches; below, the workspace's import log.
 */
export function ImportsPage() {
  const { t } = useI18n();
  const { me } = useAuth();
  const [history, retryHistory] = useResource(getImports);
  const mayImport = me.member.role === "owner" || me.member.role === "admin";
  return (
    <PageFrame id="imports" title={t("nav.imports")}>
      <p className="section__intro">{t("imports.intro")}</p>
      {mayImport ? (
        <ImportFlow onFinished={retryHistory} />
      ) : (
        <p className="notice" data-testid="imports-readonly">
          {t("imports.readonly")}
        </p>
      )}
      <ImportHistory resource={history} retry={retryHistory} />
    </PageFrame>
  );
}
