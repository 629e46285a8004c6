import { arr, obj, optInt } from "../../lib/read-values.ts";
import type { ParseOutput } from "../types.ts";
import { bindShop, pageInfo } from "./common.ts";
import type { SffRead } from "./sff-envelope.ts";
import { readWare } from "./ware-row.ts";

/**
 * New ware list, `api=dsm.wareshopv2.ware.wareListService.queryWareList` (platform-formats.md
 * §2.2, page shop.jd.com/jdm/ware/manage/list/OnsaleWare): `data.{totalCount, data:[ware]}`.
 * The ware fields are read by ware-row.ts. Wares name no vender: the session's shop is used.
 */
export function readSffWares({ data, request, ctx, base }: SffRead): ParseOutput {
  const page = obj(data, "data");
  const wares = arr(page.data, "data.data");
  const shop = bindShop(ctx, new Set());
  const fields = base(shop);
  const records = wares.flatMap((w, i) =>
    readWare(w, `data.data.${i}`).map((s) => ({ ...fields, ...s })),
  );
  const info = pageInfo(request, optInt(page.totalCount), wares.length);
  return { records, shop, ...(info ? { page: info } : {}) };
}
