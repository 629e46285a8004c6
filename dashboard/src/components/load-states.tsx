import { useI18n } from "../i18n/i18n-context.tsx";
import { describeError } from "../lib/describe-error.ts";

export function LoadingState() {
  const { t } = useI18n();
  return (
    <p className="load-state" role="status" aria-live="polite" data-testid="loading">
      <span className="spinner" aria-hidden="true" />
      {t("app.loading")}
    </p>
  );
}

interface ErrorStateProps {
  error: unknown;
  onRetry: () => void;
  title?: string;
}

/** A failure with what to do next, and a retry button. */
export function ErrorState({ error, onRetry, title }: ErrorStateProps) {
  const { t } = useI18n();
  const message = describeError(error);
  return (
    <div className="error-state" role="alert" data-testid="error-state">
      <p className="error-state__title">{title ?? t("error.title")}</p>
      <p>{t(message.key, message.params)}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t("common.retry")}
      </button>
    </div>
  );
}
