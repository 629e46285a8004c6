import { useI18n } from "../../i18n/i18n-context.tsx";
import { CheckStep } from "./check-step.tsx";
import { DropZone } from "./drop-zone.tsx";
import { failureMessage } from "./import-issues.ts";
import { ImportSummary } from "./import-summary.tsx";
import { PreviewCard } from "./preview-card.tsx";
import { ProgressPanel } from "./progress-panel.tsx";
import { ShopPicker } from "./shop-picker.tsx";
import { useImportFlow } from "./use-import-flow.ts";

/** The owner/admin part of the page: one file from drop to summary. */
export function ImportFlow({ onFinished }: { onFinished: () => void }) {
  const { t } = useI18n();
  const flow = useImportFlow(onFinished);
  const { state } = flow;
  switch (state.step) {
    case "choose":
      return <DropZone onFile={flow.chooseFile} />;
    case "reading":
      return (
        <p className="load-state" role="status" data-testid="import-reading">
          <span className="spinner" aria-hidden="true" />
          {t("imports.reading", { name: state.fileName })}
        </p>
      );
    case "unreadable": {
      const message = failureMessage(state.failure);
      return (
        <>
          <div className="error-state" role="alert" data-testid="import-unreadable">
            <p className="error-state__title">
              {t("imports.unreadable.title", { name: state.fileName })}
            </p>
            <p>{t(message.key, message.params)}</p>
          </div>
          <DropZone onFile={flow.chooseFile} />
        </>
      );
    }
    case "preview":
      return (
        <>
          <PreviewCard preview={state.preview} onAnother={flow.reset} />
          {state.preview.format && state.preview.rowCount > 0 && (
            <ShopPicker
              platforms={state.preview.format.platforms}
              chosen={state.shop}
              planning={state.planning}
              failure={state.failure}
              onCheck={(shop) => flow.check(state.preview, shop)}
            />
          )}
        </>
      );
    case "check":
      return (
        <>
          <PreviewCard preview={state.preview} onAnother={flow.reset} />
          <CheckStep
            preview={state.preview}
            plan={state.plan}
            onImport={() => flow.run(state.preview, state.plan)}
            onCancel={() => flow.backToPreview(state.preview, state.plan.shop)}
          />
        </>
      );
    case "importing":
      return (
        <ProgressPanel
          preview={state.preview}
          plan={state.plan}
          totals={state.totals}
          started={state.started}
          cancelling={state.cancelling}
          onCancel={flow.cancel}
        />
      );
    case "done":
      return (
        <ImportSummary
          preview={state.preview}
          plan={state.plan}
          totals={state.totals}
          ending={state.ending}
          error={state.error}
          finishError={state.finishError}
          onAnother={flow.reset}
        />
      );
  }
}
