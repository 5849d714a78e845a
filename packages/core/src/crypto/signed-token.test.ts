import { describe, expect, it } from "vitest";
import { signToken, verifyToken } from "./signed-token";

describe("signed tokens", () => {
  const later = new Date(Date.now() + 60_000);
  it("gives back the claims of a token of the same purpose", () => {
    const t = signToken("test", ["a", "b"], later);
    expect(verifyToken("test", t)).toEqual({ ok: true, claims: ["a", "b"] });
  });
  it("refuses a token of another purpose, a changed one and an expired one", () => {
    const t = signToken("test", ["a"], later);
    expect(verifyToken("other", t)).toEqual({ ok: false, reason: "invalid" });
    const [body, sig] = t.split(".");
    const forged = `${Buffer.from(JSON.stringify(["b", Math.floor(later.getTime() / 1000)])).toString("base64url")}.${sig}`;
    expect(verifyToken("test", forged)).toEqual({ ok: false, reason: "invalid" });
    expect(verifyToken("test", `${body}.x`)).toEqual({ ok: false, reason: "invalid" });
    expect(verifyToken("test", "garbage")).toEqual({ ok: false, reason: "invalid" });
    expect(verifyToken("test", signToken("test", ["a"], new Date(Date.now() - 1_000)))).toEqual({ ok: false, reason: "expired" });
  });
});
