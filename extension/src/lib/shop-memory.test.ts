import { describe, expect, it } from "vitest";
import { ShopMemory } from "./shop-memory.ts";

const flagship = { platform: "pdd" as const, shopId: "879846125", shopName: null };
const snack = { platform: "pdd" as const, shopId: "573531501", shopName: null };

describe("ShopMemory", () => {
  it("prefers the shop the page shows and learns nothing from such captures", () => {
    const memory = new ShopMemory();
    const sent = memory.choose(flagship);
    expect(sent).toEqual({ shop: flagship, guessed: false });
    expect(memory.learn({ ok: true, shop: snack }, sent)).toBe(false);
    expect(memory.choose(null)).toEqual({ shop: null, guessed: false });
  });

  it("remembers the shop a payload named and uses it for shop-less pages", () => {
    const memory = new ShopMemory();
    memory.learn({ ok: true, shop: flagship }, memory.choose(null));
    expect(memory.choose(null)).toEqual({ shop: flagship, guessed: true });
  });

  it("drops a stale guess on a mismatch and asks for one retry without it", () => {
    const memory = new ShopMemory();
    memory.learn({ ok: true, shop: flagship }, memory.choose(null));
    const guessed = memory.choose(null);
    expect(memory.learn({ ok: false, code: "shop_mismatch", shop: null }, guessed)).toBe(true);
    const retry = memory.choose(null);
    expect(retry).toEqual({ shop: null, guessed: false });
    expect(memory.learn({ ok: false, code: "shop_mismatch", shop: null }, retry)).toBe(false);
  });
});
