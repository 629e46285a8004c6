import { type ReactNode, useEffect, useRef } from "react";
import { useI18n } from "../i18n/i18n-context.tsx";
import { useRouter } from "../router.tsx";

interface PageFrameProps {
  /** Page id: the root carries data-testid="page-<id>". */
  id: string;
  title: string;
  children: ReactNode;
}

/** A page's root: its heading, the document title, and focus after in-app navigation. */
export function PageFrame({ id, title, children }: PageFrameProps) {
  const { t } = useI18n();
  const { navigations } = useRouter();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} · ${t("app.name")}`;
  }, [title, t]);

  // Screen-reader and keyboard users land on the new page's heading, not back at the top nav.
  useEffect(() => {
    if (navigations > 0) heading.current?.focus();
  }, [navigations]);

  return (
    <div className="page" data-testid={`page-${id}`}>
      <h1 className="page__title" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </div>
  );
}
