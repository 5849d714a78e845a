import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { closeRateLimiter, consumeSignInAttempt, RateLimitedError, resetSignInAttempts } from "./rate-limit";

afterAll(closeRateLimiter);

describe("sign-in rate limits (Redis)", () => {
  it("allows 5 attempts per account, then refuses with a wait time; success clears the account", async () => {
    const account = `r-${randomUUID()}@test.demo`;
    for (let i = 0; i < 5; i++) await consumeSignInAttempt(account, null);
    const err = await consumeSignInAttempt(account, null).catch((e) => e);
    expect(err).toBeInstanceOf(RateLimitedError);
    expect((err as RateLimitedError).retryAfterSeconds).toBeGreaterThan(60);
    await resetSignInAttempts(account);
    await expect(consumeSignInAttempt(account, null)).resolves.toBeUndefined();
  });

  it("limits one IP across many accounts (30 attempts)", async () => {
    const ip = `10.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}.7`;
    for (let i = 0; i < 30; i++) await consumeSignInAttempt(`ip-${randomUUID()}@test.demo`, ip);
    await expect(consumeSignInAttempt(`ip-${randomUUID()}@test.demo`, ip)).rejects.toBeInstanceOf(RateLimitedError);
  });

  it("counts failures per IP, not successful sign-ins: a team behind one address can all sign in", async () => {
    const ip = `10.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}.8`;
    for (let i = 0; i < 45; i++) {
      const account = `team-${randomUUID()}@test.demo`;
      await consumeSignInAttempt(account, ip);
      await resetSignInAttempts(account, ip);
    }
    // The failures still count: 30 wrong attempts from that address, then it is refused.
    for (let i = 0; i < 30; i++) await consumeSignInAttempt(`bad-${randomUUID()}@test.demo`, ip);
    await expect(consumeSignInAttempt(`bad-${randomUUID()}@test.demo`, ip)).rejects.toBeInstanceOf(RateLimitedError);
  });

  it("treats unknown and known accounts alike (the limit is on the address, not the user)", async () => {
    const a = `unknown-${randomUUID()}@test.demo`;
    for (let i = 0; i < 5; i++) await consumeSignInAttempt(a, null);
    await expect(consumeSignInAttempt(a.toUpperCase(), null)).rejects.toBeInstanceOf(RateLimitedError);
  });
});
