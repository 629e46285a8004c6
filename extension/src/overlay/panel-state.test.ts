import { describe, expect, it } from "vitest";
import { parsePanelState, panelStateKey } from "./panel-state.ts";

const viewport = { width: 1280, height: 800 };

describe("panel state", () => {
  it("starts top right, expanded", () => {
    expect(parsePanelState(undefined, viewport)).toEqual({ x: 984, y: 96, collapsed: false });
  });
  it("restores a stored place and keeps the head on screen", () => {
    expect(parsePanelState({ x: 100, y: 50, collapsed: true }, viewport)).toEqual({
      x: 100,
      y: 50,
      collapsed: true,
    });
    expect(parsePanelState({ x: 5000, y: -20, collapsed: "yes" }, viewport)).toEqual({
      x: 1200,
      y: 8,
      collapsed: false,
    });
  });
  it("is kept per host", () => {
    expect(panelStateKey("mms.pinduoduo.com")).toBe("overlayPanel:mms.pinduoduo.com");
  });
});
