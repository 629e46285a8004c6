import { describe, expect, it } from "vitest";
import { describeFailure, planJob, readJob } from "./import-worker-jobs.ts";
import { testTable } from "./test-format.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("readJob", () => {
  it("hashes the bytes and previews the file without buyer columns", async () => {
    const csv =
      "订单编号,买家会员名,联系手机,收货地址\n1001,tb_buyer,13800000000,浙江省 杭州市 西湖区 某路\n";
    const { read, preview } = await readJob(utf8(csv), {
      name: "orders.csv",
      size: 99,
      lastModified: 5,
    });
    expect(preview.droppedColumns).toEqual(["买家会员名", "联系手机"]);
    expect(preview.headers).toEqual(["订单编号", "收货地区"]);
    expect(preview.rows).toEqual([["1001", "浙江省 杭州市"]]);
    expect(preview.fileSize).toBe(99);
    expect(JSON.stringify(preview)).not.toContain("tb_buyer");
    expect(read.fileName).toBe("orders.csv");
    expect(read.lastModified).toBe(5);
  });

  it("uses SHA-256 of the file's bytes", async () => {
    const { read } = await readJob(utf8("abc"), { name: "a.csv", size: 3, lastModified: 0 });
    expect(read.fileSha256).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
  });

  it("says why an unreadable file cannot be read", async () => {
    const failure = await readJob(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), {
      name: "old.xls",
      size: 6,
      lastModified: 0,
    }).catch(describeFailure);
    expect(failure).toEqual({ kind: "unreadable", code: "old_xls" });
    expect(describeFailure(new Error("boom"))).toEqual({ kind: "failed", message: "boom" });
  });
});

describe("planJob", () => {
  // 2026-11-05 08:00 Beijing, and a minute later.
  const modified = Date.UTC(2026, 10, 5, 0, 0);
  const now = modified + 60_000;
  const read = {
    table: testTable(),
    fileSha256: "a".repeat(64),
    fileName: "日报.csv",
    lastModified: modified,
  };
  const shop = { platform: "tmall" as const, shopId: "t1", shopName: "通数旗舰店" };

  it("maps rows into records of the shop and encodes the batches", async () => {
    const plan = await planJob(read, shop, now);
    expect(plan).toMatchObject({ dataRows: 3, skippedRows: 1, records: 2, batchRecords: [2] });
    expect(plan.issues).toEqual([
      { row: 5, column: "访客数", code: "bad_number", value: "abc", message: "" },
    ]);
    const batch = JSON.parse(new TextDecoder().decode(plan.batches[0]));
    expect(batch.batchId).toMatch(/^imp-[0-9a-f]{40}-0$/);
    expect(batch.shops).toEqual([shop]);
    expect(batch.records.map((r: { date: string }) => r.date)).toEqual([
      "2026-11-01",
      "2026-11-03",
    ]);
    // Captured when the file was last modified (before now), from "import:<file name>".
    expect(batch.records[0]).toMatchObject({
      platform: "tmall",
      shopId: "t1",
      capturedAt: modified,
      source: { url: "import:日报.csv" },
      visitors: 120,
    });
  });

  it("gives the same batch ids for the same file and shop, new ones for another shop", async () => {
    const idOf = async (s: typeof shop) =>
      JSON.parse(new TextDecoder().decode((await planJob(read, s, now)).batches[0])).batchId;
    expect(await idOf(shop)).toBe(await idOf(shop));
    expect(await idOf(shop)).not.toBe(await idOf({ ...shop, shopId: "t2" }));
  });

  it("never stamps a capture after now", async () => {
    const plan = await planJob({ ...read, lastModified: now + 86_400_000 }, shop, now);
    const batch = JSON.parse(new TextDecoder().decode(plan.batches[0]));
    expect(batch.records[0].capturedAt).toBe(now);
  });

  it("refuses a shop of a platform the format is not from", async () => {
    await expect(planJob(read, { ...shop, platform: "jd" }, now)).rejects.toThrow(
      "sycm-shop-daily is not an export of jd",
    );
    await expect(
      planJob({ ...read, table: testTable({ format: null }) }, shop, 0),
    ).rejects.toThrow();
  });
});
