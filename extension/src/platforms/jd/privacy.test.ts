import { describe, expect, it } from "vitest";
import { FIXTURE_SECRET, replayEnvelopeFile } from "../../cli/replay.ts";
import { listFixtures } from "../fixture-files.ts";

// What the JD fixtures carry on purpose and no record may: pins, masked names and phones,
// ciphertexts (AAS/…), districts (自治区 is a province) and the desensitised digests.
const FORBIDDEN = [/jd_demo_buyer/, /jd_\*+/, /\*/, /AAS\//, /138/, /[^治]区$/, /^0{20,}$/];

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (typeof value === "object" && value !== null)
    for (const v of Object.values(value)) strings(v, out);
  return out;
}

describe("jd records carry no buyer identity", () => {
  const outputs = listFixtures()
    .filter((f) => f.name.startsWith("jd/"))
    .map((f) => replayEnvelopeFile(f.file, FIXTURE_SECRET));

  it("has order records to check", () => {
    expect(outputs.some((o) => "records" in o && o.records.some((r) => r.kind === "order"))).toBe(
      true,
    );
  });

  it("has no pin, masked value, ciphertext or district in any record", () => {
    const found = strings(outputs).filter((s) => FORBIDDEN.some((p) => p.test(s)));
    expect(found).toEqual([]);
  });
});
