import { describe, expect, it } from "vitest";
import { invitationToken } from "./invite-page.tsx";

describe("invitationToken", () => {
  it("reads the token from the fragment and refuses anything else", () => {
    expect(invitationToken("#token=AbCdEfGhIjKlMnOpQrStUv_-12")).toBe("AbCdEfGhIjKlMnOpQrStUv_-12");
    expect(invitationToken("")).toBeNull();
    expect(invitationToken("#token=short")).toBeNull();
    expect(invitationToken("#token=<script>alert(1)</script>xxxxxxxx")).toBeNull();
  });
});
