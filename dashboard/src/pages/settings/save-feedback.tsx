import { useCallback, useState } from "react";
import { useI18n } from "../../i18n/i18n-context.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import type { ErrorMessage } from "../../lib/describe-error.ts";
import { describeSaveError } from "./settings-data-errors.ts";

/** Request fields the settings API may reject, by the label the forms show. */
const FIELD_LABELS: Record<string, MessageKey> = {
  productId: "settingsData.field.product",
  effectiveFrom: "settingsData.field.effectiveFrom",
  unitCostFen: "settingsData.field.unitCost",
  packagingFen: "settingsData.field.packaging",
  commissionBp: "settingsData.field.commission",
  serviceFeeBp: "settingsData.field.serviceFee",
  shippingFenPerOrder: "settingsData.field.shipping",
  leadTimeDays: "settingsData.field.leadTime",
  safetyStockDays: "settingsData.field.safetyStock",
  slowMovingDays: "settingsData.field.slowMoving",
  overstockDays: "settingsData.field.overstock",
  date: "settingsData.field.date",
  platform: "settingsData.field.platform",
  shopId: "settingsData.field.shop",
  category: "settingsData.field.category",
  amountFen: "settingsData.field.amount",
  note: "settingsData.field.note",
  name: "settingsData.field.name",
};

export interface SaveState {
  pending: boolean;
  /** The last save succeeded (cleared when the next one starts). */
  done: boolean;
  error: ErrorMessage | null;
}

/**
 * One save button's state: pending while the request runs, then a success note or the API's
 * error in the reader's language. `run` resolves true on success.
 */
export function useSave(): [SaveState, (action: () => Promise<unknown>) => Promise<boolean>] {
  const { t } = useI18n();
  const [state, setState] = useState<SaveState>({ pending: false, done: false, error: null });
  const run = useCallback(
    async (action: () => Promise<unknown>) => {
      setState({ pending: true, done: false, error: null });
      try {
        await action();
        setState({ pending: false, done: true, error: null });
        return true;
      } catch (cause) {
        const fieldName = (field: string, row: number | null) => {
          const key = FIELD_LABELS[field];
          const label = key ? t(key) : field;
          return row === null ? label : t("settingsData.error.row", { row, field: label });
        };
        setState({ pending: false, done: false, error: describeSaveError(cause, fieldName) });
        return false;
      }
    },
    [t],
  );
  return [state, run];
}

/** The line under a save button: saving…, saved, or why not. */
export function SaveFeedback({
  state,
  doneKey = "settingsData.saved",
  testId,
}: {
  state: SaveState;
  doneKey?: MessageKey;
  testId?: string;
}) {
  const { t } = useI18n();
  if (state.error)
    return (
      <p className="form-error sd-feedback" role="alert" data-testid={testId && `${testId}-error`}>
        {t(state.error.key, state.error.params)}
      </p>
    );
  if (state.pending)
    return (
      <p className="muted sd-feedback" role="status">
        {t("settingsData.saving")}
      </p>
    );
  if (state.done)
    return (
      <p
        className="sd-feedback sd-feedback--done"
        role="status"
        data-testid={testId && `${testId}-done`}
      >
        {t(doneKey)}
      </p>
    );
  return null;
}

/** A validation message right under its field, tied to the input by id. */
export function FieldError({ id, error }: { id: string; error: ErrorMessage | null | undefined }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <span className="sd-field-error" id={id} role="alert">
      {t(error.key, error.params)}
    </span>
  );
}

/** Why a control is read-only for this member. */
export function ReadOnlyNote({ reason }: { reason: MessageKey }) {
  const { t } = useI18n();
  return (
    <p className="sd-readonly" data-testid="settings-readonly">
      {t(reason)}
    </p>
  );
}
