import { useCallback, useEffect, useRef } from "react";
import { useSearchParam } from "../../filters/use-report-filter.ts";

/** Id of the drill-down heading, which takes focus when a product is opened. */
export const DETAIL_HEADING_ID = "product-detail-title";

/**
 * The product opened for drill-down, kept in the URL (?product=…) so the view can be shared.
 * Opening moves focus to the detail (it sits above the ranking); closing returns focus to the
 * product's button in the ranking. Loading a shared link moves nothing.
 */
export function useSelectedProduct(): [string, (productId: string) => void] {
  const [selected, setSelected] = useSearchParam("product", "");
  const pending = useRef<{ open: boolean; id: string } | null>(null);
  const select = useCallback(
    (productId: string) => {
      pending.current = { open: productId !== "", id: productId || selected };
      setSelected(productId);
    },
    [selected, setSelected],
  );
  useEffect(() => {
    const move = pending.current;
    if (!move || move.id === "" || (move.open && selected !== move.id)) return;
    pending.current = null;
    const target = move.open
      ? document.getElementById(DETAIL_HEADING_ID)
      : document.querySelector<HTMLElement>(`[data-product-id="${CSS.escape(move.id)}"]`);
    target?.focus();
  }, [selected]);
  return [selected, select];
}
