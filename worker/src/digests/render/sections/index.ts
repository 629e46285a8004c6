import type { DigestSection } from "@tongshu/shared";
import type { DigestContent } from "../../content.ts";
import type { Translate } from "../translate.ts";
import { alertsSection } from "./alerts.ts";
import type { Block, SectionInput } from "./block.ts";
import { productsSection } from "./products.ts";
import { profitSection } from "./profit.ts";
import { salesSection } from "./sales.ts";
import { stockSection } from "./stock.ts";

const SECTIONS: Record<DigestSection, (input: SectionInput) => Block | null> = {
  sales: salesSection,
  profit: profitSection,
  products: productsSection,
  stock: stockSection,
  alerts: alertsSection,
};

/** The sections the recipient chose, in their order, each once. */
export function renderSections(content: DigestContent, t: Translate): Block[] {
  const input = { content, t };
  return [...new Set(content.sections)].flatMap((name) => {
    const block = SECTIONS[name]?.(input) ?? null;
    return block ? [block] : [];
  });
}
