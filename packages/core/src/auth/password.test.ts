import { describe, expect, it } from "vitest";
import { checkPasswordPolicy, hashPassword, verifyPassword } from "./password";

describe("passwords", () => {
  it("refuses short, common and personal passwords", () => {
    expect(checkPasswordPolicy("short")).toMatch(/12 tekens/);
    expect(checkPasswordPolicy("password1234")).toMatch(/veelgebruikte/);
    expect(checkPasswordPolicy("aaaaaaaaaaaaaa")).toMatch(/eenvoudig/);
    expect(checkPasswordPolicy("mijn-naam-is-annelies", ["annelies@x.be"])).toMatch(/naam/);
    expect(checkPasswordPolicy("fiets-tulp-regen-42")).toBeNull();
  });
  it("hashes with argon2id and verifies", async () => {
    const h = await hashPassword("fiets-tulp-regen-42");
    expect(h.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(h, "fiets-tulp-regen-42")).toBe(true);
    expect(await verifyPassword(h, "fiets-tulp-regen-43")).toBe(false);
    expect(await verifyPassword("not-a-hash", "x")).toBe(false);
  });
});
