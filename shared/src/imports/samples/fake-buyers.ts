/**
 * Fake buyer identities for the sample exports: the buyer columns of a real export are filled,
 * so tests can prove the reader drops them (DESIGN: Privacy). Every value is invented and masked
 * the way platforms mask (138****0000); nothing here belongs to a person.
 */

const NAMES = ["张三", "李四", "王五", "赵六", "孙七", "周八"];
const NOTES = ["麻烦尽快发货", "请用顺丰，谢谢", "周末送货上门", "不要放快递柜"];

export interface FakeBuyer {
  name: string;
  /** A masked mobile, "138****0007". */
  phone: string;
  /** A buyer account name (旺旺 / JD pin). */
  nick: string;
  /** An ID card number as exports mask it. */
  idNumber: string;
  note: string;
  /** District and street below the city: never a real place's door number. */
  street: string;
}

/** The fake buyer of row `index` under `seed`: deterministic, no clock, no randomness. */
export function fakeBuyer(seed: number, index: number): FakeBuyer {
  const k = Math.abs(seed * 7919 + index * 104729);
  const name = NAMES[k % NAMES.length] ?? "张三";
  const tail = String(k % 10000).padStart(4, "0");
  return {
    name,
    phone: `13${8 + (k % 2)}****${tail}`,
    nick: `tb_${name}${tail}`,
    idNumber: `330106********${tail}`,
    note: `${NOTES[k % NOTES.length] ?? ""}（${name}）`,
    street: `西湖区 文三路 ${String(k % 1000).padStart(3, "0")}号`,
  };
}

/** A full receiver address as exports write it; without a province the place part is left out. */
export function fakeAddress(
  buyer: FakeBuyer,
  region: { province: string | null; city: string | null },
): string {
  const place = [region.province, region.city].filter((p) => p !== null).join(" ");
  return place === "" ? buyer.street : `${place} ${buyer.street}`;
}
