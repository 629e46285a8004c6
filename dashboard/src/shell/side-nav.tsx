import { useAuth } from "../auth.tsx";
import { useI18n } from "../i18n/i18n-context.tsx";
import { Link } from "../router.tsx";
import { ROUTES } from "../routes.ts";

/** The brand and section links; a sidebar on wide screens, a scrolling top strip on narrow ones. */
export function SideNav() {
  const { t } = useI18n();
  const { me } = useAuth();
  // Members without cost access cannot open 利润 (the API refuses them), so it is not offered.
  const routes = ROUTES.filter((r) => r.id !== "profit" || me.member.canSeeCosts);
  return (
    <aside className="sidebar">
      <div className="sidebar__inner">
        <Link to="/" className="brand">
          <span className="brand__name">通数</span>
          <span className="brand__latin">Tongshu</span>
        </Link>
        <nav aria-label={t("nav.label")} data-testid="nav">
          <ul className="nav-list">
            {routes.map((route) => (
              <li key={route.id}>
                <Link to={route.path} className="nav-link" data-route={route.id}>
                  {t(route.labelKey)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </aside>
  );
}
