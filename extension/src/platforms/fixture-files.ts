import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type CaptureEnvelope, CaptureEnvelopeSchema } from "@tongshu/shared";

/** Test-only: the hand-written capture fixtures of every platform folder. */
export interface FixtureFile {
  name: string;
  file: string;
  expected: string;
}

const here = dirname(fileURLToPath(import.meta.url));

export function listFixtures(): FixtureFile[] {
  return ["taobao", "jd", "pdd"].flatMap((platform) => {
    const dir = join(here, platform, "fixtures");
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => f.endsWith(".envelope.json"))
      .sort()
      .map((f) => ({
        name: `${platform}/${f.replace(".envelope.json", "")}`,
        file: join(dir, f),
        expected: join(dir, f.replace(".envelope.json", ".expected.json")),
      }));
  });
}

/** A fixture as the envelope the extension would have captured (body file inlined). */
export function loadEnvelope(file: string): CaptureEnvelope {
  const raw = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  const { responseFile, ...rest } = raw;
  const body =
    typeof responseFile === "string"
      ? readFileSync(resolve(dirname(file), responseFile), "utf8")
      : rest.responseBody;
  return CaptureEnvelopeSchema.parse({ ...rest, responseBody: body });
}
