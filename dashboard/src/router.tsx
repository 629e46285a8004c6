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
  /** The location's query string ("?from=…"), where report filters live so a view can be shared. */
  search: string;
  /** How many in-app navigations happened; pages move focus to their heading when > 0. */
  navigations: number;
  navigate: (to: string) => void;
  /** Changes the query string of the current page (filters): one history entry per change. */
  setSearch: (search: string) => void;
}

const RouterContext = createContext<Router | null>(null);

/** History API routing: the Worker's SPA fallback serves index.html for every page path. */
export function RouterProvider({ children }: { children: ReactNode }) {
  const [path, setPath] = useState(() => window.location.pathname);
  const [search, setSearchState] = useState(() => window.location.search);
  const [navigations, setNavigations] = useState(0);

  useEffect(() => {
    const onPopState = () => {
      setPath(window.location.pathname);
      setSearchState(window.location.search);
      setNavigations((count) => count + 1);
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, []);

  const navigate = useCallback((to: string) => {
    const target = new URL(to, window.location.href);
    const samePage = normalisePath(target.pathname) === normalisePath(window.location.pathname);
    if (!samePage || target.search !== window.location.search) {
      window.history.pushState(null, "", `${target.pathname}${target.search}`);
      if (!samePage) window.scrollTo(0, 0);
    }
    setPath(window.location.pathname);
    setSearchState(window.location.search);
    setNavigations((count) => count + 1);
  }, []);

  const setSearch = useCallback((next: string) => {
    const normalised = next === "" || next === "?" ? "" : next.startsWith("?") ? next : `?${next}`;
    if (normalised === window.location.search) return;
    window.history.pushState(null, "", `${window.location.pathname}${normalised}`);
    setSearchState(window.location.search);
  }, []);

  const value = useMemo(
    () => ({ path, search, navigations, navigate, setSearch }),
    [path, search, navigations, navigate, setSearch],
  );
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
  const current = normalisePath(path) === normalisePath(to.split(/[?#]/, 1)[0] ?? to);
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
