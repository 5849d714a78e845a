import { decode, encode, type JWTDecodeParams } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { rememberingDecoder } from "./cookie-token";

const secret = "a-secret-of-at-least-thirty-two-characters";
const salt = "authjs.session-token";

/** Auth.js's decoder, counting how often it really opened a cookie. */
function counting() {
  const calls = { n: 0 };
  const open = (p: JWTDecodeParams) => {
    calls.n++;
    return decode(p);
  };
  return { calls, open };
}

/** As getToken reads the decoder: a cookie it cannot open is no token. */
const read = (decoder: ReturnType<typeof rememberingDecoder>, p: JWTDecodeParams) => decoder(p).catch(() => null);

const cookie = (sid: string, maxAge = 3600, s = secret) => encode({ token: { sid, sub: "u" }, secret: s, salt, maxAge });

describe("the session cookie decoder that remembers opened cookies", () => {
  it("answers what Auth.js answers, opening each cookie once", async () => {
    const { calls, open } = counting();
    const decoder = rememberingDecoder(open);
    const a = await cookie("a");
    const b = await cookie("b");
    expect((await decoder({ token: a, secret, salt }))?.sid).toBe("a");
    expect((await decoder({ token: a, secret, salt }))?.sid).toBe("a");
    expect((await decoder({ token: b, secret, salt }))?.sid).toBe("b");
    expect(calls.n).toBe(2);
    // A caller changing the answer does not change what the next request reads.
    const first = await decoder({ token: a, secret, salt });
    if (first) first.sid = "changed";
    expect((await decoder({ token: a, secret, salt }))?.sid).toBe("a");
  });

  it("refuses what Auth.js refuses, and remembers no refusal", async () => {
    const { calls, open } = counting();
    const decoder = rememberingDecoder(open);
    const a = await cookie("a");
    const tampered = `${a.slice(0, -4)}${a.slice(-4) === "AAAA" ? "BBBB" : "AAAA"}`;
    expect(await read(decoder, { token: tampered, secret, salt })).toBeNull();
    expect(await read(decoder, { token: a, secret: "another-secret-of-at-least-thirty-two-chars", salt })).toBeNull();
    expect(await read(decoder, { token: a, secret, salt: "__Secure-authjs.session-token" })).toBeNull();
    expect(await read(decoder, { token: "", secret, salt })).toBeNull();
    expect(calls.n).toBe(3);
    // Opened with the right secret and salt it is accepted; the refusals were not remembered as answers.
    expect((await decoder({ token: a, secret, salt }))?.sid).toBe("a");
  });

  it("refuses a remembered cookie once it expired (with jose's 15 s tolerance)", async () => {
    let now = Date.now() / 1000;
    const decoder = rememberingDecoder(decode, { nowSeconds: () => now });
    const a = await cookie("a", 60);
    expect((await decoder({ token: a, secret, salt }))?.sid).toBe("a");
    now += 60 + 10;
    expect((await decoder({ token: a, secret, salt }))?.sid).toBe("a");
    now += 10;
    expect(await decoder({ token: a, secret, salt })).toBeNull();
    // Forgotten: going back in time does not bring it back from memory (it is opened again, by Auth.js's clock).
    now -= 20;
    expect((await decoder({ token: a, secret, salt }))?.sid).toBe("a");
  });

  it("forgets everything when the secret changes, and keeps at most max cookies", async () => {
    const { calls, open } = counting();
    const decoder = rememberingDecoder(open, { max: 2 });
    const [a, b, c] = await Promise.all([cookie("a"), cookie("b"), cookie("c")]);
    for (const t of [a, b, c]) await decoder({ token: t, secret, salt });
    expect(calls.n).toBe(3);
    await decoder({ token: c, secret, salt });
    await decoder({ token: b, secret, salt });
    expect(calls.n).toBe(3);
    // a was the least recently used: opened again.
    await decoder({ token: a, secret, salt });
    expect(calls.n).toBe(4);
    const other = "another-secret-of-at-least-thirty-two-chars";
    const d = await cookie("d", 3600, other);
    expect((await decoder({ token: d, secret: other, salt }))?.sid).toBe("d");
    expect(await read(decoder, { token: a, secret: other, salt })).toBeNull();
    expect(calls.n).toBe(6);
  });
});
