import type { ProductSettings, UnlinkedSku } from "@tongshu/shared";
import { useMemo } from "react";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatPercent } from "../../lib/format.ts";
import { ProductChooser } from "./product-chooser.tsx";
import {
  dismissalKey,
  groupSuggestions,
  type SuggestionGroup,
  skuKey,
  skuRef,
} from "./product-suggestions.ts";
import { SaveFeedback, useSave } from "./save-feedback.tsx";
import { linkSku } from "./settings-data-api.ts";
import { SkuLabel } from "./sku-label.tsx";
import { useDismissedSuggestions } from "./use-dismissed-suggestions.ts";

interface Props {
  unlinked: readonly UnlinkedSku[];
  products: readonly ProductSettings[];
  editable: boolean;
  onChanged: () => void;
}

/**
 * 待关联的 SKU: SKUs with no outer code and no manual link, grouped under the product the server
 * suggests (same code once normalised, or a similar title), to accept or dismiss; the rest
 * linked by choosing a product.
 */
export function SuggestionsPanel({ unlinked, products, editable, onChanged }: Props) {
  const { t } = useI18n();
  const { dismissed, dismiss, clear } = useDismissedSuggestions();
  const [save, run] = useSave();
  const { groups, lone } = useMemo(
    () => groupSuggestions(unlinked, dismissed),
    [unlinked, dismissed],
  );
  const link = (skus: readonly UnlinkedSku[], productId: string) =>
    run(async () => {
      for (const sku of skus) await linkSku({ ...skuRef(sku), productId });
    }).then((ok) => ok && onChanged());
  const hidden = unlinked.reduce(
    (n, sku) =>
      n + sku.suggestions.filter((s) => dismissed.has(dismissalKey(sku, s.productId))).length,
    0,
  );
  if (unlinked.length === 0)
    return (
      <section className="panel" aria-labelledby="sd-unlinked-title" data-testid="unlinked-skus">
        <h3 className="sd-subtitle" id="sd-unlinked-title">
          {t("settingsData.links.unlinkedTitle", { count: 0 })}
        </h3>
        <p className="muted">{t("settingsData.links.allLinked")}</p>
      </section>
    );
  const reason = (group: SuggestionGroup) =>
    group.reason === "outerCode"
      ? t("settingsData.links.reason.outerCode")
      : t("settingsData.links.reason.title", { score: formatPercent(group.bestScore, 0) });
  return (
    <section className="panel" aria-labelledby="sd-unlinked-title" data-testid="unlinked-skus">
      <h3 className="sd-subtitle" id="sd-unlinked-title">
        {t("settingsData.links.unlinkedTitle", { count: unlinked.length })}
      </h3>
      <p className="muted">{t("settingsData.links.unlinkedIntro")}</p>
      <SaveFeedback state={save} doneKey="settingsData.links.linked" testId="suggestion" />
      {groups.map((group) => (
        <div key={group.productId} className="sd-suggestion" data-testid="suggestion-group">
          <p className="sd-suggestion__head">
            <span>{t("settingsData.links.maybe")}</span> <strong>{group.name}</strong>{" "}
            <span className="sd-tag">{reason(group)}</span>
            {editable && group.skus.length > 1 && (
              <button
                type="button"
                className="button button--small"
                disabled={save.pending}
                onClick={() =>
                  link(
                    group.skus.map((s) => s.sku),
                    group.productId,
                  )
                }
              >
                {t("settingsData.links.acceptAll", { count: group.skus.length })}
              </button>
            )}
          </p>
          <ul className="sd-suggestion__skus">
            {group.skus.map(({ sku, suggestion }) => (
              <li key={skuKey(sku)}>
                <SkuLabel sku={sku} />
                {editable && (
                  <span className="sd-actions">
                    <button
                      type="button"
                      className="button button--small button--primary"
                      disabled={save.pending}
                      onClick={() => link([sku], suggestion.productId)}
                      data-testid="suggestion-accept"
                    >
                      {t("settingsData.links.accept")}
                    </button>
                    <button
                      type="button"
                      className="button button--small"
                      disabled={save.pending}
                      onClick={() => dismiss(dismissalKey(sku, suggestion.productId))}
                      data-testid="suggestion-dismiss"
                    >
                      {t("settingsData.links.dismiss")}
                    </button>
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {lone.length > 0 && (
        <div className="sd-suggestion">
          <p className="sd-suggestion__head">{t("settingsData.links.noSuggestion")}</p>
          <ul className="sd-suggestion__skus">
            {lone.map((sku) => (
              <li key={skuKey(sku)}>
                <SkuLabel sku={sku} />
                {editable && (
                  <ProductChooser
                    products={products}
                    disabled={save.pending}
                    onChoose={(product) => link([sku], product.id)}
                  />
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {hidden > 0 && (
        <p className="muted">
          {t("settingsData.links.dismissedCount", { count: hidden })}{" "}
          <button type="button" className="button--link" onClick={clear}>
            {t("settingsData.links.restore")}
          </button>
        </p>
      )}
    </section>
  );
}
