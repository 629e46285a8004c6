import type { MeResponse } from "@tongshu/shared";
import { Suspense, useCallback, useEffect, useMemo, useState } from "react";
import { ApiRequestError, forgetSessionData, getMe } from "./api.ts";
import { type Auth, AuthContext } from "./auth.tsx";
import { ErrorState, LoadingState } from "./components/load-states.tsx";
import { useI18n } from "./i18n/i18n-context.tsx";
import { BigScreenPage } from "./pages/index.ts";
import { InvitePage } from "./pages/invite/invite-page.tsx";
import { LoginPage } from "./pages/login/login-page.tsx";
import { useRouter } from "./router.tsx";
import { normalisePath } from "./routes.ts";
import { AppShell } from "./shell/app-shell.tsx";

type Session =
  | { status: "checking" }
  | { status: "signed-out" }
  | { status: "signed-in"; me: MeResponse }
  | { status: "error"; error: unknown };

/** Asks the Worker who is logged in, then shows the app or the login page. */
export function App() {
  const { t, suggestLocale } = useI18n();
  const { path } = useRouter();
  const [session, setSession] = useState<Session>({ status: "checking" });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger
  useEffect(() => {
    const controller = new AbortController();
    getMe(controller.signal).then(
      (me) => setSession({ status: "signed-in", me }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const noSession = error instanceof ApiRequestError && error.status === 401;
        setSession(noSession ? { status: "signed-out" } : { status: "error", error });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  const signedIn = useCallback((me: MeResponse) => setSession({ status: "signed-in", me }), []);
  const signedOut = useCallback(() => {
    forgetSessionData();
    setSession({ status: "signed-out" });
  }, []);
  const me = session.status === "signed-in" ? session.me : null;
  const auth = useMemo<Auth | null>(() => (me ? { me, signedOut } : null), [me, signedOut]);

  // The member's saved locale applies unless this browser already chose one.
  useEffect(() => {
    if (me) suggestLocale(me.member.locale);
  }, [me, suggestLocale]);

  if (auth) {
    return (
      <AuthContext.Provider value={auth}>
        {/* The wall display (大屏) fills the screen: no navigation or top bar around it. */}
        {normalisePath(path) === "/big-screen" ? (
          <Suspense fallback={<LoadingState />}>
            <BigScreenPage />
          </Suspense>
        ) : (
          <AppShell />
        )}
      </AuthContext.Provider>
    );
  }
  // An invitation link works for someone who has no account yet.
  if (session.status === "signed-out" && window.location.pathname === "/invite") {
    return <InvitePage onSignedIn={signedIn} />;
  }
  if (session.status === "signed-out") return <LoginPage onSignedIn={signedIn} />;
  return (
    <main className="boot" id="main">
      {session.status === "error" ? (
        <ErrorState
          error={session.error}
          title={t("error.sessionCheck")}
          onRetry={() => {
            setSession({ status: "checking" });
            setAttempt((count) => count + 1);
          }}
        />
      ) : (
        <LoadingState />
      )}
    </main>
  );
}
