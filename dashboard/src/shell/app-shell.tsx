import { Suspense } from "react";
import { LoadingState } from "../components/load-states.tsx";
import { useI18n } from "../i18n/i18n-context.tsx";
import { PAGES } from "../pages/index.ts";
import { NotFoundPage } from "../pages/not-found/not-found-page.tsx";
import { useRouter } from "../router.tsx";
import { matchRoute } from "../routes.ts";
import { SideNav } from "./side-nav.tsx";
import { TopBar } from "./top-bar.tsx";

/** The signed-in frame: navigation, top bar and the page the location names. */
export function AppShell() {
  const { t } = useI18n();
  const { path } = useRouter();
  const route = matchRoute(path);
  const Page = route ? PAGES[route.id] : NotFoundPage;
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <SideNav />
      <div className="app__main">
        <TopBar />
        <main id="main" className="content" tabIndex={-1}>
          {/* keyed by path so a page's state never leaks into the next one */}
          <Suspense fallback={<LoadingState />}>
            <Page key={route?.id ?? path} />
          </Suspense>
        </main>
      </div>
    </div>
  );
}
