/**
 * `npm run --silent capture -- FILE`: replays one capture envelope through the parsers and
 * prints `{ "records": [...] }`, or `{ "error": { "code", "message" } }` with exit code 1.
 * Buyer keys use TONGSHU_BUYER_KEY_SECRET when set (the workspace secret), else none.
 */
import { replayEnvelopeFile } from "./replay.ts";

const file = process.argv[2];
if (!file) {
  console.log(
    JSON.stringify({
      error: { code: "usage", message: "usage: npm run --silent capture -- FILE" },
    }),
  );
  process.exit(2);
}
const output = replayEnvelopeFile(file, process.env.TONGSHU_BUYER_KEY_SECRET ?? null);
console.log(JSON.stringify(output, null, 2));
process.exit("error" in output ? 1 : 0);
