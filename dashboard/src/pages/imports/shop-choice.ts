import type { Platform, ShopCoverage, ShopRef } from "@tongshu/shared";
import type { MessageKey } from "../../i18n/translate.ts";

/** Ids as the canonical schema takes them (IdSchema): a shop id outside this is refused. */
export const SHOP_ID_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/;
export const SHOP_NAME_MAX = 200;

/** The shop picker's value: an existing shop (its id) or a new one (`existing` null). */
export interface ShopChoiceInput {
  platform: Platform;
  existing: string | null;
  newId: string;
  newName: string;
}

export type ShopChoiceResult =
  | { ok: true; shop: ShopRef }
  | { ok: false; errors: { id?: MessageKey; name?: MessageKey } };

/** The workspace's shops of one platform, named ones by name, then unnamed by id (the picker's list). */
export function knownShops(shops: readonly ShopCoverage[], platform: Platform): ShopRef[] {
  return shops
    .filter((shop) => shop.platform === platform)
    .map((shop) => ({ platform: shop.platform, shopId: shop.shopId, shopName: shop.shopName }))
    .sort(
      (a, b) =>
        Number(a.shopName === null) - Number(b.shopName === null) ||
        (a.shopName ?? "").localeCompare(b.shopName ?? "", "zh-CN") ||
        a.shopId.localeCompare(b.shopId),
    );
}

/** The first choice shown: the format's first platform with a known shop, else its first one. */
export function initialShopChoice(
  platforms: readonly Platform[],
  shops: readonly ShopCoverage[],
): ShopChoiceInput {
  const platform =
    platforms.find((p) => knownShops(shops, p).length > 0) ?? platforms[0] ?? "taobao";
  return {
    platform,
    existing: knownShops(shops, platform)[0]?.shopId ?? null,
    newId: "",
    newName: "",
  };
}

/** The picker showing `shop` again: selected when known, else filled in as a new shop. */
export function choiceOf(shop: ShopRef, shops: readonly ShopCoverage[]): ShopChoiceInput {
  const known = knownShops(shops, shop.platform).some((s) => s.shopId === shop.shopId);
  return known
    ? { platform: shop.platform, existing: shop.shopId, newId: "", newName: "" }
    : { platform: shop.platform, existing: null, newId: shop.shopId, newName: shop.shopName ?? "" };
}

/** The same choice on another platform: its first known shop, or a new one. */
export function switchPlatform(
  input: ShopChoiceInput,
  platform: Platform,
  shops: readonly ShopCoverage[],
): ShopChoiceInput {
  return { ...input, platform, existing: knownShops(shops, platform)[0]?.shopId ?? null };
}

/**
 * The shop to import into, or what is wrong with the new shop's fields. A new shop whose id is
 * already known on the platform is that shop (its stored name is kept).
 */
export function resolveShopChoice(
  input: ShopChoiceInput,
  shops: readonly ShopCoverage[],
): ShopChoiceResult {
  const known = knownShops(shops, input.platform);
  if (input.existing !== null) {
    const shop = known.find((s) => s.shopId === input.existing);
    if (shop) return { ok: true, shop };
  }
  const id = input.newId.trim();
  const name = input.newName.trim();
  const errors: { id?: MessageKey; name?: MessageKey } = {};
  if (id === "") errors.id = "imports.shop.error.idRequired";
  else if (!SHOP_ID_PATTERN.test(id)) errors.id = "imports.shop.error.idChars";
  const same = known.find((s) => s.shopId === id);
  if (!same) {
    if (name === "") errors.name = "imports.shop.error.nameRequired";
    else if (name.length > SHOP_NAME_MAX) errors.name = "imports.shop.error.nameLong";
  }
  if (errors.id || errors.name) return { ok: false, errors };
  return { ok: true, shop: same ?? { platform: input.platform, shopId: id, shopName: name } };
}

/** "taobao:12345": how report filters (?shop=) name a shop. */
export function shopKey(shop: Pick<ShopRef, "platform" | "shopId">): string {
  return `${shop.platform}:${shop.shopId}`;
}

/** Where to look at the shop after an import: 数据质量 and 总览, filtered to it. */
export function shopLinks(shop: Pick<ShopRef, "platform" | "shopId">): {
  quality: string;
  overview: string;
} {
  const query = new URLSearchParams({ shop: shopKey(shop) }).toString().replaceAll("%3A", ":");
  return { quality: `/quality?${query}`, overview: `/?${query}` };
}
