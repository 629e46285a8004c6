import { PairingCodeResponseSchema, PairResponseSchema } from "@tongshu/shared";

async function post(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

/**
 * A fresh workspace with an owner, a dashboard session and a paired device, made through the
 * real routes (dev route for the workspace, then login, pairing code, pair).
 */
export async function pairedWorkspace(baseUrl: string, email: string) {
  const password = "chaos-monkey-password";
  const made = await post(`${baseUrl}/api/v1/dev/workspaces`, {
    name: "可靠性测试",
    owner: { email, name: "测试店主", password },
  });
  if (!made.ok) throw new Error(`workspace: ${made.status} ${await made.text()}`);
  const { workspace } = (await made.json()) as { workspace: { id: string } };
  const login = await post(`${baseUrl}/api/v1/sessions`, { email, password });
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const codeRes = await post(`${baseUrl}/api/v1/pairing-codes`, {}, { cookie });
  if (!codeRes.ok) throw new Error(`pairing code: ${codeRes.status} ${await codeRes.text()}`);
  const { code } = PairingCodeResponseSchema.parse(await codeRes.json());
  const pairRes = await post(`${baseUrl}/api/v1/devices/pair`, { code, deviceName: "chaos test" });
  if (!pairRes.ok) throw new Error(`pair: ${pairRes.status} ${await pairRes.text()}`);
  const pair = PairResponseSchema.parse(await pairRes.json());
  return {
    workspaceId: workspace.id,
    cookie,
    token: pair.token,
    buyerKeySecret: pair.buyerKeySecret,
    password,
  };
}

/** Per kind: record count and checksum of what D1 holds for a workspace (dev route). */
export async function d1Checksums(
  baseUrl: string,
  workspaceId: string,
): Promise<Record<string, { records: number; checksum: string }>> {
  const res = await fetch(
    `${baseUrl}/api/v1/dev/records/checksum?workspaceId=${encodeURIComponent(workspaceId)}`,
  );
  if (!res.ok) throw new Error(`checksum: ${res.status}`);
  return (await res.json()) as Record<string, { records: number; checksum: string }>;
}
