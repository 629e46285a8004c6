import {
  type AnchorHTMLAttributes,
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from "react";
import { isPlainLeftClick, normalisePath } from "./routes.ts";

interface Router {
  path: string;
  /** How many in-app navigations happened; pages move focus to their heading when > 0. */
  navigations: number;
  navigate: (to: string) => void;
}

const RouterContext = createContext<Router | null>(null);

/** History API routing: the Worker's SPA fallback serves index.html for every page path. */
export function RouterProvider({ children }: { children: ReactNode }) {
  const [path, setPath] = useState(() => window.location.pathname);
  const [navigations, setNavigations] = useState(0);

  useEffect(() => {
    const onPopState = () => {
      setPath(window.location.pathname);
      setNavigations((count) => count + 1);
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, []);

  const navigate = useCallback((to: string) => {
    if (normalisePath(to) !== normalisePath(window.location.pathname)) {
      window.history.pushState(null, "", to);
      window.scrollTo(0, 0);
    }
    setPath(window.location.pathname);
    setNavigations((count) => count + 1);
  }, []);

  const value = useMemo(() => ({ path, navigations, navigate }), [path, navigations, navigate]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

export function useRouter(): Router {
  const value = useContext(RouterContext);
  if (!value) throw new Error("useRouter must be used inside <RouterProvider>");
  return value;
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & { to: string };

/** A real link (middle-click and "open in new tab" work) that navigates in-app on a plain click. */
export function Link({ to, onClick, ...rest }: LinkProps) {
  const { path, navigate } = useRouter();
  const current = normalisePath(path) === normalisePath(to);
  return (
    <a
      {...rest}
      href={to}
      aria-current={current ? "page" : undefined}
      onClick={(event) => {
        onClick?.(event);
        if (!isPlainLeftClick(event)) return;
        event.preventDefault();
        navigate(to);
      }}
    />
  );
}
