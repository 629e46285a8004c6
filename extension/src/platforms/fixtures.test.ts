import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { FIXTURE_SECRET, replayEnvelopeFile } from "../cli/replay.ts";
import { listFixtures } from "./fixture-files.ts";
import { PARSERS } from "./registry.ts";
import { parserName } from "./types.ts";

const here = fileURLToPath(new URL(".", import.meta.url));
const fixtures = listFixtures();

describe("capture fixtures replay to their expected output", () => {
  it.each(fixtures)("$name", ({ file, expected }) => {
    expect(existsSync(expected), `${expected} is missing`).toBe(true);
    expect(replayEnvelopeFile(file, FIXTURE_SECRET)).toEqual(
      JSON.parse(readFileSync(expected, "utf8")),
    );
  });
});

describe("every registered parser", () => {
  const outputs = fixtures.map((f) => replayEnvelopeFile(f.file, FIXTURE_SECRET));
  it.each(PARSERS.map((p) => parserName(p)))("%s has a fixture that yields records", (name) => {
    const used = outputs.some(
      (o) =>
        "records" in o && o.records.length > 0 && o.records.every((r) => r.source.parser === name),
    );
    expect(used, `no fixture of ${name} yields records`).toBe(true);
  });

  it("has a unique endpoint id", () => {
    const ids = PARSERS.map((p) => p.endpoint.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("the replay CLI", () => {
  const cli = join(here, "..", "cli", "capture.ts");
  const tsx = join(here, "..", "..", "..", "node_modules", ".bin", "tsx");
  const sample = fixtures.find((f) => !JSON.parse(readFileSync(f.expected, "utf8")).error);

  it.runIf(sample !== undefined)("prints the records of a fixture", () => {
    if (!sample) return;
    const stdout = execFileSync(tsx, [cli, sample.file], {
      env: { ...process.env, TONGSHU_BUYER_KEY_SECRET: FIXTURE_SECRET },
      encoding: "utf8",
    });
    expect(JSON.parse(stdout)).toEqual(JSON.parse(readFileSync(sample.expected, "utf8")));
  });

  it("prints a typed error and exits non-zero for a file that is not an envelope", () => {
    let status = 0;
    let stdout = "";
    try {
      execFileSync(tsx, [cli, join(here, "registry.ts")], { encoding: "utf8" });
    } catch (error) {
      const failed = error as { status: number; stdout: string };
      status = failed.status;
      stdout = failed.stdout;
    }
    expect(status).toBe(1);
    expect(JSON.parse(stdout).error.code).toBe("bad_envelope");
  });
});
