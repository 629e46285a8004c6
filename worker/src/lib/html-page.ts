import { escapeHtml } from "./escape-html.ts";

/**
 * A small server-rendered page (unsubscribe, dev outbox) with a strict CSP: inline styles only,
 * no scripts, forms post back to this origin. `body` must already be escaped HTML.
 */
export function htmlPage(title: string, body: string, lang: "zh-CN" | "en" = "zh-CN"): Response {
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>
<style>body{font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;max-width:640px;margin:48px auto;padding:0 20px;color:#1f2937;line-height:1.6}
h1{font-size:22px}button{font:inherit;padding:8px 20px;border-radius:6px;border:0;background:#c2410c;color:#fff;cursor:pointer}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #e5e7eb;padding:6px 8px;text-align:left;vertical-align:top}
.muted{color:#6b7280;font-size:14px}pre{white-space:pre-wrap;background:#f9fafb;padding:12px;border-radius:6px}
iframe{width:100%;height:900px;border:1px solid #e5e7eb;border-radius:6px}</style></head>
<body>${body}</body></html>`;
  return new Response(html, {
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy":
        "default-src 'none'; style-src 'unsafe-inline'; frame-src 'self'; form-action 'self'; base-uri 'none'",
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
    },
  });
}
