import type { ImportIssue } from "@tongshu/shared/imports/index";
import type { MessageKey, MessageParams, Translate } from "../../i18n/translate.ts";
import { toCsv } from "../../lib/table-csv.ts";
import type { WorkerFailure } from "./import-messages.ts";

/** Issues the check step lists; the rest are in the CSV download. */
export const ISSUES_SHOWN = 200;

// An id Excel stored as a number shows as 1.23457E+18: its digits are gone for good.
const SCIENTIFIC = /^\d(\.\d+)?E\+\d+$/i;

/** Why a row is left out, as a catalogue message worded from the issue's code, column and value. */
export function issueReason(issue: ImportIssue): { key: MessageKey; params: MessageParams } {
  const column = issue.column ?? "—";
  const value = issue.value ?? "";
  switch (issue.code) {
    case "bad_id":
      return SCIENTIFIC.test(value.replace(/^="?|"$/g, "").trim())
        ? { key: "imports.issue.bad_id_scientific", params: { column, value } }
        : { key: "imports.issue.bad_id", params: { column, value } };
    case "inconsistent":
      return issue.column === null
        ? { key: "imports.issue.inconsistent", params: {} }
        : { key: "imports.issue.inconsistentCell", params: { column, value } };
    case "invalid_record":
      return { key: "imports.issue.invalid_record", params: { detail: issue.message } };
    case "missing_value":
      return { key: "imports.issue.missing_value", params: { column } };
    default:
      return { key: `imports.issue.${issue.code}`, params: { column, value } };
  }
}

/**
 * Every issue as a CSV (行, 列, 值, 原因) for the seller to fix the file with. Values come from
 * the file, so toCsv defuses any that would start a spreadsheet formula.
 */
export function issuesCsv(issues: readonly ImportIssue[], t: Translate): string {
  return toCsv(
    [
      t("imports.check.col.row"),
      t("imports.check.col.column"),
      t("imports.check.col.value"),
      t("imports.check.col.reason"),
    ],
    issues.map((issue) => {
      const reason = issueReason(issue);
      return [issue.row, issue.column, issue.value, t(reason.key, reason.params)];
    }),
  );
}

/** The download's file name: the export's name without its extension, plus "-问题"/"-problems". */
export function issuesFileName(fileName: string, suffix: string): string {
  const base = fileName.replace(/\.[^.]+$/, "") || "import";
  return `${base}-${suffix}.csv`;
}

/** What the page says when the worker could not read or map the file. */
export function failureMessage(failure: WorkerFailure): { key: MessageKey; params: MessageParams } {
  return failure.kind === "unreadable"
    ? { key: `imports.unreadable.${failure.code}`, params: {} }
    : { key: "imports.failed", params: { message: failure.message } };
}
