import type { ReactNode } from "react";

interface EmptyStateProps {
  /** Which empty state this is, for tests and styling (e.g. "no-data", "report-pending"). */
  variant: string;
  title: string;
  children: ReactNode;
}

/** A box that says plainly why there is nothing to show and what to do about it. */
export function EmptyState({ variant, title, children }: EmptyStateProps) {
  return (
    <section className="empty-state" data-testid="empty-state" data-empty={variant}>
      <h2 className="empty-state__title">{title}</h2>
      <div className="empty-state__body">{children}</div>
    </section>
  );
}
