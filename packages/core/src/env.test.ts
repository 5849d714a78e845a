import { describe, expect, it } from "vitest";
import { apiBodyLimitMb, EnvError, parseEnv } from "./env";

const secret = "x".repeat(32);

describe("parseEnv: production mail", () => {
  it("refuses a production start without SMTP_HOST, with one sentence naming it", () => {
    const err = (() => {
      try {
        parseEnv({ NODE_ENV: "production", AUTH_SECRET: secret });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(EnvError);
    expect((err as EnvError).problems).toEqual([expect.stringMatching(/^SMTP_HOST is not set: [^\n]+\.$/)]);
    // An empty value counts as not set.
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: secret, SMTP_HOST: "" })).toThrow(/SMTP_HOST is not set/);
  });

  it("accepts production with a relay, or with the demo override; development needs neither", () => {
    expect(parseEnv({ NODE_ENV: "production", AUTH_SECRET: secret, SMTP_HOST: "smtp.example.be" }).SMTP_HOST).toBe("smtp.example.be");
    const demo = parseEnv({ NODE_ENV: "production", AUTH_SECRET: secret, DEV_MAIL_IN_PRODUCTION: "true" });
    expect(demo.DEV_MAIL_IN_PRODUCTION).toBe(true);
    expect(demo.SMTP_HOST).toBe("127.0.0.1");
    expect(parseEnv({}).DEV_MAIL_IN_PRODUCTION).toBe(false);
  });
});

describe("parseEnv: TRUSTED_PROXIES", () => {
  it("defaults to 0 and accepts a small whole number", () => {
    expect(parseEnv({}).TRUSTED_PROXIES).toBe(0);
    expect(parseEnv({ TRUSTED_PROXIES: "2" }).TRUSTED_PROXIES).toBe(2);
  });
  it.each(["-1", "1.5", "yes", "11"])("refuses %s by name", (v) => {
    expect(() => parseEnv({ TRUSTED_PROXIES: v })).toThrow(/TRUSTED_PROXIES/);
  });
});

describe("apiBodyLimitMb", () => {
  it("is API_MAX_BODY_MB, raised to fit an upload of FILES_MAX_MB sent as base64", () => {
    expect(apiBodyLimitMb({ API_MAX_BODY_MB: 2, FILES_MAX_MB: 10 })).toBe(13.5);
    expect(apiBodyLimitMb({ API_MAX_BODY_MB: 20, FILES_MAX_MB: 10 })).toBe(20);
    expect(apiBodyLimitMb({ API_MAX_BODY_MB: 2, FILES_MAX_MB: 1 })).toBe(2);
    // Every upload FILES_MAX_MB allows fits.
    for (const mb of [1, 10, 50, 100]) {
      const base64Bytes = Math.ceil((mb * 1024 * 1024) / 3) * 4;
      expect(apiBodyLimitMb({ API_MAX_BODY_MB: 0.1, FILES_MAX_MB: mb }) * 1024 * 1024).toBeGreaterThan(base64Bytes + 50_000);
    }
  });
});
