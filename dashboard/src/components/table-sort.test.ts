import { describe, expect, it } from "vitest";
import { sortRows } from "./table-sort.ts";

describe("sortRows", () => {
  const rows = [
    { n: "b", v: 2 },
    { n: "a", v: null },
    { n: "c", v: 10 },
    { n: "d", v: 2 },
  ];
  it("sorts numbers both ways with unknowns last and ties stable", () => {
    expect(sortRows(rows, (r) => r.v, "desc").map((r) => r.n)).toEqual(["c", "b", "d", "a"]);
    expect(sortRows(rows, (r) => r.v, "asc").map((r) => r.n)).toEqual(["b", "d", "c", "a"]);
  });
  it("sorts text", () => {
    expect(sortRows(rows, (r) => r.n, "asc").map((r) => r.n)).toEqual(["a", "b", "c", "d"]);
  });
});
