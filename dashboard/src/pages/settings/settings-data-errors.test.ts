import { describe, expect, it } from "vitest";
import { ApiRequestError } from "../../api.ts";
import { describeSaveError, validationFields } from "./settings-data-errors.ts";

const label = (field: string, row: number | null) => (row === null ? field : `${row}:${field}`);

describe("validationFields", () => {
  it("reads field names and 1-based rows from the issue paths", () => {
    expect(
      validationFields({
        issues: [
          { path: "params.coverDays", message: "x" },
          { path: "costs.3.unitCostFen", message: "x" },
          { path: "costs.3.unitCostFen", message: "again" },
          { path: "", message: "root" },
        ],
      }),
    ).toEqual([
      { field: "coverDays", row: null },
      { field: "unitCostFen", row: 4 },
    ]);
    expect(validationFields(undefined)).toEqual([]);
    expect(validationFields({ issues: "nope" })).toEqual([]);
  });
});

describe("describeSaveError", () => {
  it("names the rejected fields of a 422", () => {
    const error = new ApiRequestError(422, "validation_failed", "bad", {
      issues: [
        { path: "commissionBp", message: "x" },
        { path: "costs.0.effectiveFrom", message: "x" },
      ],
    });
    expect(describeSaveError(error, label)).toEqual({
      key: "settingsData.error.validation",
      params: { fields: "commissionBp、1:effectiveFrom" },
    });
    expect(describeSaveError(new ApiRequestError(422, "validation_failed", "bad"), label)).toEqual({
      key: "settingsData.error.validationAny",
    });
  });

  it("explains roles, missing things, conflicts and big imports in words", () => {
    const of = (status: number, code: string) =>
      describeSaveError(new ApiRequestError(status, code, "x"), label).key;
    expect(of(403, "forbidden")).toBe("settingsData.error.forbidden");
    expect(of(404, "not_found")).toBe("settingsData.error.notFound");
    expect(of(409, "conflict")).toBe("settingsData.error.conflict");
    expect(of(413, "payload_too_large")).toBe("settingsData.error.tooLarge");
    expect(of(0, "network_error")).toBe("error.network");
    expect(of(500, "internal")).toBe("error.server");
  });
});
