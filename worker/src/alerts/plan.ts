import type { AlertRuleId, AlertState } from "@tongshu/shared";
import type { Finding, RuleMode } from "./finding.ts";

/** The part of a stored alert that decides what a new finding does to it. */
export interface StoredAlertRef {
  id: string;
  rule: AlertRuleId;
  subject: string;
  date: string;
  state: AlertState;
  stateChangedBy: string | null;
}

/** One rule's run: its findings, and the day it judged (yesterday, or today for ongoing rules). */
export interface RuleOutcome {
  rule: AlertRuleId;
  mode: RuleMode;
  date: string;
  findings: Finding[];
}

export interface PlannedUpsert {
  /** The finding, its date moved to that of the open alert it continues. */
  finding: Finding;
  /** The stored row it updates, or null for a new alert. */
  existing: StoredAlertRef | null;
  /** A stored alert the system had resolved holds again (a member's "resolved" is kept). */
  reopens: boolean;
}

export interface AlertPlan {
  upserts: PlannedUpsert[];
  /** Ids of open alerts whose condition no longer holds. */
  resolve: string[];
}

const keyOf = (subject: string, date: string) => `${subject}\u0000${date}`;
const isOpen = (a: StoredAlertRef) => a.state !== "resolved";

/**
 * What one evaluation does to the alerts table (pure). Findings upsert by (rule, subject, date),
 * keeping the state; a finding of an ongoing rule continues that subject's open alert, whatever
 * its date. Open alerts a rule judged but did not find again are resolved: for "day" rules those
 * of the judged day, for "ongoing" rules every open one.
 */
export function planAlerts(outcomes: RuleOutcome[], stored: StoredAlertRef[]): AlertPlan {
  const upserts: PlannedUpsert[] = [];
  const resolve: string[] = [];
  for (const outcome of outcomes) {
    const mine = stored.filter((a) => a.rule === outcome.rule);
    const byKey = new Map(mine.map((a) => [keyOf(a.subject, a.date), a]));
    const openBySubject = new Map<string, StoredAlertRef>();
    if (outcome.mode === "ongoing")
      for (const a of [...mine].filter(isOpen).sort((x, y) => (x.date < y.date ? -1 : 1)))
        if (!openBySubject.has(a.subject)) openBySubject.set(a.subject, a);
    const matched = new Set<string>();
    const seen = new Set<string>();
    for (const finding of outcome.findings) {
      if (seen.has(finding.subject)) continue;
      seen.add(finding.subject);
      const existing =
        openBySubject.get(finding.subject) ?? byKey.get(keyOf(finding.subject, finding.date));
      if (existing) matched.add(existing.id);
      upserts.push({
        finding: existing ? { ...finding, date: existing.date } : finding,
        existing: existing ?? null,
        reopens: existing?.state === "resolved" && existing.stateChangedBy === null,
      });
    }
    for (const a of mine) {
      if (!isOpen(a) || matched.has(a.id)) continue;
      if (outcome.mode === "ongoing" || a.date === outcome.date) resolve.push(a.id);
    }
  }
  return { upserts, resolve };
}
