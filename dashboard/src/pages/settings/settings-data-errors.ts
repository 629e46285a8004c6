import { ApiRequestError } from "../../api.ts";
import { describeError, type ErrorMessage } from "../../lib/describe-error.ts";

/**
 * The fields a 422 `validation_failed` names, from `details.issues[].path` ("params.coverDays",
 * "costs.3.unitCostFen"), as { field, row } with the row 1-based; duplicates dropped.
 */
export function validationFields(details: unknown): Array<{ field: string; row: number | null }> {
  const issues =
    typeof details === "object" && details !== null && "issues" in details
      ? (details as { issues: unknown }).issues
      : null;
  if (!Array.isArray(issues)) return [];
  const seen = new Set<string>();
  const fields: Array<{ field: string; row: number | null }> = [];
  for (const issue of issues) {
    const path =
      typeof issue === "object" && issue !== null && "path" in issue ? String(issue.path) : "";
    const parts = path.split(".").filter((part) => part !== "");
    const index = parts.find((part) => /^\d+$/.test(part));
    const field = parts.filter((part) => !/^\d+$/.test(part)).at(-1) ?? "";
    const row = index === undefined ? null : Number(index) + 1;
    const key = `${field}#${row}`;
    if (field === "" || seen.has(key)) continue;
    seen.add(key);
    fields.push({ field, row });
  }
  return fields;
}

/**
 * What a failed settings save says, in the reader's language: a rejected field by name (via
 * `fieldName`, which gives the catalogue's label or null for an unknown field), a missing
 * product, SKU or entry, a conflict, a too-large import, a role that may not write.
 */
export function describeSaveError(
  error: unknown,
  fieldName: (field: string, row: number | null) => string,
): ErrorMessage {
  if (!(error instanceof ApiRequestError)) return describeError(error);
  if (error.code === "validation_failed") {
    const fields = validationFields(error.details).map(({ field, row }) => fieldName(field, row));
    return fields.length === 0
      ? { key: "settingsData.error.validationAny" }
      : { key: "settingsData.error.validation", params: { fields: fields.join("、") } };
  }
  if (error.status === 403) return { key: "settingsData.error.forbidden" };
  if (error.status === 404) return { key: "settingsData.error.notFound" };
  if (error.status === 409) return { key: "settingsData.error.conflict" };
  if (error.code === "payload_too_large") return { key: "settingsData.error.tooLarge" };
  return describeError(error);
}
