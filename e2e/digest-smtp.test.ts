import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  addDays,
  DigestListResponseSchema,
  DigestResponseSchema,
  OverviewReportSchema,
  SendDigestResponseSchema,
  toBusinessDate,
} from "@tongshu/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../scripts/lib/free-port.ts";
import {
  applyLocalMigrations,
  type DevServer,
  startDevServer,
} from "../scripts/lib/wrangler-dev.ts";
import { decodeHeader, readMime } from "../worker/src/mail/read-mime.ts";
import { paidOrder } from "./lib/paid-order.ts";
import { type SmtpSink, startSmtpSink } from "./lib/smtp-sink.ts";

const FROM = "digest@tongshu.test";
const OWNER = { email: "owner@shop.test", name: "测试店主", password: "smtp-test-password" };
const SHOP = { platform: "taobao", shopId: "57300001", shopName: "通数测试店" } as const;
/** Yesterday's paid orders: ¥123.45 + ¥678.00 + ¥9.90 = ¥811.35 (one refund-free line each). */
const PAID_FEN = [12_345, 67_800, 990];
const PAID_TOTAL = "¥811.35";
const WEEKDAYS_ZH = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];

/** "11月19日（周四）": the zh-CN day as digest subjects show it, written out by hand. */
function zhDay(date: string): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return `${month}月${day}日（${WEEKDAYS_ZH[weekday]}）`;
}

describe("email digests over real SMTP (our client → cloudflare:sockets → aiosmtpd)", () => {
  const temp = mkdtempSync(join(tmpdir(), "tongshu-smtp-"));
  let sink: SmtpSink | undefined;
  let server: DevServer | undefined;
  let cookie = "";

  const api = async (path: string, init: RequestInit = {}) => {
    if (!server) throw new Error("wrangler dev is not running");
    const res = await fetch(`${server.url}${path}`, {
      ...init,
      headers: { "content-type": "application/json", cookie, ...init.headers },
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${init.method ?? "GET"} ${path} → ${res.status}: ${text}`);
    return JSON.parse(text) as unknown;
  };
  const post = (path: string, body: unknown) =>
    api(path, { method: "POST", body: JSON.stringify(body) });

  beforeAll(async () => {
    const smtpPort = await freePort();
    sink = await startSmtpSink(smtpPort, join(temp, "mail"));
    const persistTo = join(temp, "d1");
    await applyLocalMigrations(persistTo);
    server = await startDevServer({
      port: await freePort(),
      persistTo,
      vars: {
        MAIL_TRANSPORT: "smtp",
        MAIL_FROM: FROM,
        SMTP_HOST: "127.0.0.1",
        SMTP_PORT: String(smtpPort),
        SMTP_SECURITY: "none",
      },
    });
    const made = (await post("/api/v1/dev/workspaces", { name: "SMTP 测试", owner: OWNER })) as {
      workspace: { id: string };
    };
    const login = await fetch(`${server.url}/api/v1/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: OWNER.email, password: OWNER.password }),
    });
    expect(login.status).toBe(200);
    cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const yesterday = addDays(toBusinessDate(Date.now()), -1);
    const batch = (await post("/api/v1/dev/records", {
      workspaceId: made.workspace.id,
      batchId: "smtp-test-0001",
      records: PAID_FEN.map((fen, i) =>
        paidOrder(SHOP, yesterday, i + 1, fen, {
          prefix: "40100000000000000",
          buyerKey: String(i + 1).repeat(64),
        }),
      ),
      shops: [SHOP],
    })) as { rejected: unknown[] };
    expect(batch.rejected).toEqual([]);
  });

  afterAll(async () => {
    await Promise.all([server?.stop(), sink?.stop()]);
    rmSync(temp, { recursive: true, force: true });
  });

  it("sends the owner's daily digest as one complete multipart email", async () => {
    // sendAt 00:00: the latest complete daily period is always yesterday (Beijing).
    const yesterday = addDays(toBusinessDate(Date.now()), -1);
    const overview = OverviewReportSchema.parse(
      await api(`/api/v1/reports/overview?from=${yesterday}&to=${yesterday}`),
    );
    expect(overview.kpis.paidFen.value).toBe(PAID_FEN.reduce((a, b) => a + b, 0));

    const me = (await api("/api/v1/me")) as { member: { id: string } };
    const { subscription } = DigestResponseSchema.parse(
      await post("/api/v1/settings/digests", {
        memberId: me.member.id,
        frequency: "daily",
        sendAt: "00:00",
      }),
    );
    const { send } = SendDigestResponseSchema.parse(
      await post(`/api/v1/settings/digests/${subscription.id}/send`, {}),
    );
    expect(send, server?.log().slice(-2000)).toMatchObject({ status: "sent", lastError: null });

    const received = sink?.messages() ?? [];
    expect(received).toHaveLength(1);
    const [message] = received as [NonNullable<(typeof received)[0]>];
    expect(message.mailFrom).toBe(FROM);
    expect(message.rcptTos).toEqual([OWNER.email]);

    const mail = readMime(message.raw);
    const header = (name: string) => decodeHeader(mail.headers.get(name) ?? "");
    expect(header("from")).toContain(`<${FROM}>`);
    expect(header("to")).toMatch(/^<?owner@shop\.test>?$/);
    expect(header("subject")).toBe(`通数日报 · ${zhDay(yesterday)}· 成交 ${PAID_TOTAL}`);
    expect(mail.headers.get("message-id")).toMatch(/^<[0-9a-f-]{36}@tongshu\.test>$/);
    expect(mail.headers.get("list-unsubscribe")).toMatch(
      new RegExp(`^<${server?.url}/api/v1/unsubscribe\\?token=[^>\\s]+>$`),
    );
    expect(mail.headers.get("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    // Complete and well formed: CRLF only (servers refuse bare LF), lines within RFC 5322's
    // 998, one text and one HTML part, every multipart closed by its final boundary.
    expect(message.raw.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
    expect(Math.max(...message.raw.split("\r\n").map((line) => line.length))).toBeLessThan(999);
    expect(message.raw.match(/^Content-Type: text\/(plain|html)\b/gm)).toEqual([
      "Content-Type: text/plain",
      "Content-Type: text/html",
    ]);
    const boundaries = [
      ...message.raw.matchAll(/^Content-Type: multipart\/\w+; boundary="?([^"\r\n;]+)"?/gm),
    ];
    expect(boundaries.map((b) => b[0].split(";")[0])).toContain(
      "Content-Type: multipart/alternative",
    );
    for (const [, boundary] of boundaries) expect(message.raw).toContain(`\r\n--${boundary}--\r\n`);

    expect(mail.text).toContain(PAID_TOTAL);
    expect(mail.html).toContain(PAID_TOTAL);
    expect(mail.html).toMatch(/<\/html>\s*$/i);
    expect(mail.html?.toLowerCase()).not.toContain("<script");
  });

  it("records a failed send with the connection error when the SMTP server is gone", async () => {
    await sink?.stop();
    const { subscription } = DigestResponseSchema.parse(
      await post("/api/v1/settings/digests", { email: "accountant@partner.test", sendAt: "00:00" }),
    );
    const { send } = SendDigestResponseSchema.parse(
      await post(`/api/v1/settings/digests/${subscription.id}/send`, {}),
    );
    expect(send.status).toBe("failed");
    expect(send.lastError).toMatch(/^smtp: .*connect/i);

    const list = DigestListResponseSchema.parse(await api("/api/v1/settings/digests"));
    expect(list.problems).toEqual([
      expect.objectContaining({ subscriptionId: subscription.id, status: "failed" }),
    ]);
    expect(list.problems[0]?.lastError).toBe(send.lastError);
  });

  it("fails fast, without hanging, when the server hangs up mid-conversation", async () => {
    // A server that greets and then closes: a client that ignores end-of-stream spins forever.
    const rude = createServer((socket) => socket.end("220 rude.test ESMTP\r\n"));
    const port = await freePort();
    await new Promise<void>((resolve) => rude.listen(port, "127.0.0.1", resolve));
    try {
      // The same local D1 (and session) under a Worker that mails the rude server.
      await server?.stop();
      server = await startDevServer({
        port: await freePort(),
        persistTo: join(temp, "d1"),
        vars: {
          MAIL_TRANSPORT: "smtp",
          MAIL_FROM: FROM,
          SMTP_HOST: "127.0.0.1",
          SMTP_PORT: String(port),
          SMTP_SECURITY: "none",
        },
      });
      const { subscription } = DigestResponseSchema.parse(
        await post("/api/v1/settings/digests", { email: "rude@partner.test", sendAt: "00:00" }),
      );
      const { send } = SendDigestResponseSchema.parse(
        await post(`/api/v1/settings/digests/${subscription.id}/send`, {}),
      );
      expect(send.status).toBe("failed");
      expect(send.lastError).toMatch(/closed the connection/);
    } finally {
      rude.close();
    }
  });
});
