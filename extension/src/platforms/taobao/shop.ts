import type { ShopRef } from "@tongshu/shared";
import { type ParseContext, ParseError } from "../types.ts";

/** What a payload itself says about its shop (any part may be unknown). */
export interface PayloadShop {
  shopId?: string | null;
  platform?: "taobao" | "tmall" | null;
}

export type TaobaoShop = ShopRef & { platform: "taobao" | "tmall" };

/**
 * The shop records belong to. Taobao's back office serves Taobao and Tmall shops alike, so the
 * platform comes from the session (or from the payload when it says, e.g. asyncSold `b2C`).
 * A payload naming another shop than the session is refused rather than misfiled.
 */
export function resolveShop(ctx: ParseContext, payload: PayloadShop = {}): TaobaoShop {
  const session = ctx.shop;
  if (session && session.platform !== "taobao" && session.platform !== "tmall")
    throw new ParseError("shop_mismatch", `a Taobao page in a ${session.platform} session`);
  const payloadId = payload.shopId ?? null;
  if (session && payloadId !== null && payloadId !== session.shopId)
    throw new ParseError(
      "shop_mismatch",
      `payload is for shop ${payloadId}, the session is ${session.shopId}`,
    );
  const shopId = payloadId ?? session?.shopId ?? null;
  if (shopId === null)
    throw new ParseError("no_shop", "no Taobao/Tmall shop in the session or payload");
  const sessionPlatform = session?.platform === "tmall" ? "tmall" : session ? "taobao" : null;
  const platform = payload.platform ?? sessionPlatform;
  if (platform === null)
    throw new ParseError(
      "no_shop",
      `shop ${shopId} is known but not whether it is Taobao or Tmall`,
    );
  return { platform, shopId, shopName: session?.shopName ?? null };
}
