import type { RecordKind } from "@tongshu/shared";
import type { ReactNode } from "react";
import { getCoverage } from "../api.ts";
import { useI18n } from "../i18n/i18n-context.tsx";
import type { MessageKey } from "../i18n/translate.ts";
import { useResource } from "../use-resource.ts";
import { AsyncView } from "./async-view.tsx";
import { EmptyState } from "./empty-state.tsx";
import { HeldData } from "./held-data.tsx";
import { PageFrame } from "./page-frame.tsx";

interface PendingReportProps {
  id: string;
  titleKey: MessageKey;
  purposeKey: MessageKey;
  /** The record kinds the report will read, most important first. */
  kinds: readonly RecordKind[];
  notice?: ReactNode;
}

/**
 * A section whose report is not built yet. It says so, says what the report will show and
 * read, and shows how much of that data the workspace really holds (from /api/v1/coverage).
 */
export function PendingReport({ id, titleKey, purposeKey, kinds, notice }: PendingReportProps) {
  const { t } = useI18n();
  const [coverage, retry] = useResource(getCoverage);
  const report = t(titleKey);
  return (
    <PageFrame id={id} title={report}>
      {notice}
      <EmptyState variant="report-pending" title={t("pending.title", { report })}>
        <p className="purpose">{t(purposeKey)}</p>
        <p>{t("pending.body", { report })}</p>
        <AsyncView resource={coverage} retry={retry}>
          {({ shops }) => <HeldData shops={shops} kinds={kinds} />}
        </AsyncView>
      </EmptyState>
    </PageFrame>
  );
}
