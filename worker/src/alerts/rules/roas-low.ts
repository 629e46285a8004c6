import { checkRoasLow, type Platform } from "@tongshu/shared";
import { shopKey } from "../../reports/filter.ts";
import type { AlertRule, Finding } from "../finding.ts";
import { dashboardLink } from "../finding.ts";

interface CampaignDay {
  platform: Platform;
  shop_id: string;
  channel: string;
  campaign_id: string;
  campaign_name: string | null;
  spend_fen: number;
  attributed_fen: number;
}

/**
 * ROAS 低于目标: each campaign's yesterday (attributed sales ÷ spend) from the ads table. A row
 * captured before yesterday ended holds part of a day, so it is not judged yet.
 */
export const roasLowRule: AlertRule<"roas_low"> = {
  rule: "roas_low",
  mode: "day",
  async find(db, context, params) {
    const day = context.yesterday;
    const rows = await db
      .prepare(
        `SELECT platform, shop_id, channel, campaign_id, max(campaign_name) AS campaign_name,
           sum(spend_fen) AS spend_fen, sum(attributed_fen) AS attributed_fen
         FROM ads WHERE workspace_id = ? AND date = ? AND captured_at >= ?
         GROUP BY platform, shop_id, channel, campaign_id
         ORDER BY platform, shop_id, channel, campaign_id`,
      )
      .bind(context.workspaceId, day, context.todayStart)
      .all<CampaignDay>();
    const findings: Finding[] = [];
    for (const row of rows.results) {
      const input = { spendFen: row.spend_fen, attributedFen: row.attributed_fen };
      const found = checkRoasLow(input, params);
      if (!found) continue;
      const shop = shopKey(row.platform, row.shop_id);
      findings.push({
        rule: "roas_low",
        subject: `${shop}:${row.channel}:${row.campaign_id}`,
        platform: row.platform,
        shopId: row.shop_id,
        date: day,
        severity: "warning",
        evidence: {
          channel: row.channel,
          campaignId: row.campaign_id,
          campaignName: row.campaign_name,
          spendFen: row.spend_fen,
          attributedFen: row.attributed_fen,
          roas: found.roas,
          targetRoas: params.targetRoas,
        },
        link: dashboardLink("/ads", { from: day, to: day, shop }),
      });
    }
    return findings;
  },
};
