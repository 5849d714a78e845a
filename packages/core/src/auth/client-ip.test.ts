import { describe, expect, it } from "vitest";
import { clientIpFrom, normaliseIp, PEER_HEADER, requestClientIp } from "./client-ip";

describe("clientIpFrom", () => {
  it("with 0 trusted proxies believes only the connection's address and ignores X-Forwarded-For", () => {
    expect(clientIpFrom({ forwardedFor: "6.6.6.6", peer: "203.0.113.9", trustedProxies: 0 })).toBe("203.0.113.9");
    expect(clientIpFrom({ forwardedFor: "6.6.6.6, 7.7.7.7", peer: null, trustedProxies: 0 })).toBeNull();
    expect(clientIpFrom({ forwardedFor: null, peer: "::ffff:192.0.2.4", trustedProxies: 0 })).toBe("192.0.2.4");
  });

  it("with 1 trusted proxy takes the rightmost address (the one our proxy appended), whatever the client forged", () => {
    expect(clientIpFrom({ forwardedFor: "198.51.100.20", peer: "10.0.0.2", trustedProxies: 1 })).toBe("198.51.100.20");
    for (const forged of ["1.1.1.1", "1.1.1.1, 2.2.2.2", "not-an-ip", "2001:db8::1"]) {
      expect(clientIpFrom({ forwardedFor: `${forged}, 198.51.100.20`, peer: "10.0.0.2", trustedProxies: 1 })).toBe("198.51.100.20");
    }
  });

  it("with n trusted proxies takes the n-th address from the right", () => {
    const chain = "6.6.6.6, 198.51.100.20, 10.0.0.5";
    expect(clientIpFrom({ forwardedFor: chain, peer: "10.0.0.9", trustedProxies: 2 })).toBe("198.51.100.20");
    // Fewer entries than proxies: all were written by trusted proxies; the leftmost is the furthest.
    expect(clientIpFrom({ forwardedFor: "198.51.100.20", peer: "10.0.0.9", trustedProxies: 2 })).toBe("198.51.100.20");
  });

  it("counts a missing or malformed trusted value as unknown", () => {
    expect(clientIpFrom({ forwardedFor: null, peer: "10.0.0.2", trustedProxies: 1 })).toBeNull();
    expect(clientIpFrom({ forwardedFor: " , ", peer: "10.0.0.2", trustedProxies: 1 })).toBeNull();
    expect(clientIpFrom({ forwardedFor: "1.2.3.4, bogus", peer: "10.0.0.2", trustedProxies: 1 })).toBeNull();
    expect(clientIpFrom({ forwardedFor: null, peer: "", trustedProxies: 0 })).toBeNull();
  });
});

describe("normaliseIp", () => {
  it("accepts IPv4, IPv6, mapped and ported forms; refuses the rest", () => {
    expect(normaliseIp(" 192.0.2.1 ")).toBe("192.0.2.1");
    expect(normaliseIp("192.0.2.1:8080")).toBe("192.0.2.1");
    expect(normaliseIp("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normaliseIp("::1")).toBe("::1");
    expect(normaliseIp("::FFFF:127.0.0.1")).toBe("127.0.0.1");
    for (const bad of ["", "unknown", "999.1.1.1", "1.2.3", "<script>", "_hidden"]) expect(normaliseIp(bad)).toBeNull();
  });
});

describe("requestClientIp", () => {
  it("does not believe a peer header this process did not write itself", () => {
    const h = new Headers({ [PEER_HEADER]: "203.0.113.9", "x-forwarded-for": "6.6.6.6" });
    // No instrumentation hook in a unit test: the header could have come from the client.
    expect(requestClientIp(h, 0)).toBeNull();
    expect(requestClientIp(h, 1)).toBe("6.6.6.6");
  });
});
