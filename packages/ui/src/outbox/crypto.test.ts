import { describe, expect, it } from "vitest";
import { deriveKey, exportKey, importKey, open, randomBytes, seal } from "./crypto";

describe("outbox encryption", () => {
  it("opens with the same passphrase and refuses another", async () => {
    const salt = randomBytes(16);
    const key = await deriveKey("deur aan deur", salt, 1000);
    const sealed = await seal(key, { path: "bevragingen.responses.submit", input: { answers: { wish: "Een bakker" } } });
    expect(new TextDecoder().decode(sealed.data)).not.toContain("bakker");
    await expect(open(key, sealed)).resolves.toEqual({ path: "bevragingen.responses.submit", input: { answers: { wish: "Een bakker" } } });
    const wrong = await deriveKey("deur aan deu", salt, 1000);
    await expect(open(wrong, sealed)).rejects.toThrow();
    const otherSalt = await deriveKey("deur aan deur", randomBytes(16), 1000);
    await expect(open(otherSalt, sealed)).rejects.toThrow();
  });

  it("uses a fresh IV each time and survives an export for the session", async () => {
    const key = await deriveKey("x", randomBytes(16), 1000);
    const a = await seal(key, 1);
    const b = await seal(key, 1);
    expect(a.iv).not.toEqual(b.iv);
    const again = await importKey(await exportKey(key));
    await expect(open(again, a)).resolves.toBe(1);
  });
});
