import { PageFrame } from "../../components/page-frame.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { Link, useRouter } from "../../router.tsx";
import { displayPath } from "../../routes.ts";

/** Any path outside ROUTES. The Worker's SPA fallback sends index.html, so this view says so. */
export function NotFoundPage() {
  const { t } = useI18n();
  const { path } = useRouter();
  return (
    <PageFrame id="not-found" title={t("notFound.title")}>
      <div className="panel">
        <p>{t("notFound.body", { path: displayPath(path) })}</p>
        <p>
          <Link to="/" className="button">
            {t("notFound.back")}
          </Link>
        </p>
      </div>
    </PageFrame>
  );
}
