import { describe, expect, it } from "vitest";
import { nextInstallRecord, parseInstallRecord } from "./install-record.ts";

const T0 = Date.UTC(2026, 10, 11, 0, 0, 0);
const T1 = T0 + 86_400_000;

describe("nextInstallRecord", () => {
  it("starts a record on first install", () => {
    expect(nextInstallRecord(undefined, "0.1.0", T0)).toEqual({
      installedAt: T0,
      version: "0.1.0",
    });
  });

  it("keeps the first install time across updates and restarts", () => {
    const first = nextInstallRecord(undefined, "0.1.0", T0);
    expect(nextInstallRecord(first, "0.2.0", T1)).toEqual({ installedAt: T0, version: "0.2.0" });
    expect(nextInstallRecord(first, "0.1.0", T1)).toEqual(first);
  });

  it("replaces a damaged record instead of trusting it", () => {
    expect(nextInstallRecord({ installedAt: "yesterday" }, "0.1.0", T1)).toEqual({
      installedAt: T1,
      version: "0.1.0",
    });
  });
});

describe("parseInstallRecord", () => {
  it.each([null, 7, {}, { installedAt: 0, version: "0.1.0" }, { installedAt: T0, version: "" }])(
    "rejects %j",
    (value) => {
      expect(parseInstallRecord(value)).toBeNull();
    },
  );
});
