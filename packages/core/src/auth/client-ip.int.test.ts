import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installPeerAddressHeader, PEER_HEADER, requestClientIp } from "./client-ip";
import { closeRateLimiter, consumeSignInAttempt, RateLimitedError } from "./rate-limit";

/**
 * A real HTTP server doing what the sign-in route does with an address: requestClientIp from the request headers
 * (with the web process's peer-address hook installed), then one sign-in attempt for a new account each time. The
 * attacker changes X-Forwarded-For (and even sends the internal peer header) on every request; the per-IP limit
 * (30 per 15 minutes) must still stop the 31st.
 */
installPeerAddressHeader(http);

let trustedProxies = 0;
const server = http.createServer((req, res) => {
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
  const ip = requestClientIp(headers, trustedProxies);
  consumeSignInAttempt(`xff-${randomUUID()}@test.demo`, ip).then(
    () => res.writeHead(200).end(ip ?? "none"),
    (e: unknown) => res.writeHead(e instanceof RateLimitedError ? 429 : 500).end(ip ?? "none"),
  );
});
let port = 0;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await closeRateLimiter();
});

/** One request from the given loopback source address (a fresh one per test, so tests never share a counter). */
function post(localAddress: string, headers: Record<string, string>): Promise<{ status: number; ip: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, method: "POST", path: "/", localAddress, headers, agent: false }, (res) => {
      let body = "";
      res.on("data", (d) => {
        body += d;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, ip: body }));
    });
    req.on("error", reject);
    req.end();
  });
}

const randomLoopback = () =>
  `127.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${2 + Math.floor(Math.random() * 250)}`;

describe("the per-IP sign-in limit through HTTP", () => {
  it("with no trusted proxy counts the connection, not X-Forwarded-For or a forged peer header", async () => {
    trustedProxies = 0;
    const source = randomLoopback();
    const answers = [];
    for (let i = 0; i < 31; i++) {
      answers.push(await post(source, { "x-forwarded-for": `203.0.113.${i}`, [PEER_HEADER]: `198.51.100.${i}` }));
    }
    expect(answers.map((a) => a.ip)).toEqual(Array(31).fill(source));
    expect(answers.slice(0, 30).every((a) => a.status === 200)).toBe(true);
    expect(answers[30]?.status).toBe(429);
  }, 30_000);

  it("with one trusted proxy counts the address the proxy appended, whatever the client put to its left", async () => {
    trustedProxies = 1;
    const client = `192.0.2.${1 + Math.floor(Math.random() * 250)}`;
    const source = randomLoopback(); // the proxy
    const answers = [];
    for (let i = 0; i < 31; i++) answers.push(await post(source, { "x-forwarded-for": `10.9.${i}.1, 203.0.113.${i}, ${client}` }));
    expect(answers.map((a) => a.ip)).toEqual(Array(31).fill(client));
    expect(answers[29]?.status).toBe(200);
    expect(answers[30]?.status).toBe(429);
  }, 30_000);
});
