import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";

/**
 * The production build as a real installation starts it: no DEV_MAIL_IN_PRODUCTION, SMTP_CAPTURE left at its default,
 * a (dummy) relay in SMTP_HOST. A second web server (server.mjs, as `npm start` runs it) of the build e2e.mjs just made,
 * on a free port. The demo server
 * the other specs use runs with the override; this one must not show captured mail to anyone.
 */
const webDir = path.resolve(import.meta.dirname, "..");
const realInstallation = { NODE_ENV: "production" as const, DEV_MAIL_IN_PRODUCTION: "", SMTP_CAPTURE: "", LOG_LEVEL: "info" };

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  const { port } = s.address() as net.AddressInfo;
  await new Promise((resolve) => s.close(resolve));
  return port;
}

function startNext(port: number, env: Record<string, string>) {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...realInstallation, APP_URL: `http://localhost:${port}`, ...env };
  const child: ChildProcess = spawn(process.execPath, ["server.mjs", "-p", String(port)], {
    cwd: webDir,
    env: childEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const out = { text: "" };
  child.stdout?.on("data", (d: Buffer) => {
    out.text += d;
  });
  child.stderr?.on("data", (d: Buffer) => {
    out.text += d;
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code: number | null) => resolve(code)));
  return { child, out, exited };
}

async function waitForHttp(url: string, child: ChildProcess, out: { text: string }) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the web server exited (${child.exitCode}):\n${out.text}`);
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within 60 s:\n${out.text}`);
}

test.describe("a production start with default settings", () => {
  test.describe.configure({ timeout: 120_000 });

  test("has no /dev/mail, does serve the favicon, and logs no dev-mail warning", async ({ request }) => {
    const port = await freePort();
    const web = startNext(port, { SMTP_HOST: "smtp.invalid" });
    try {
      await waitForHttp(`http://127.0.0.1:${port}/signin`, web.child, web.out);
      const devMail = await request.get(`http://127.0.0.1:${port}/dev/mail`);
      expect(devMail.status()).toBe(404);
      expect(await devMail.text()).not.toContain("/api/auth/callback/email");
      const favicon = await request.get(`http://127.0.0.1:${port}/favicon.ico`);
      expect(favicon.status()).toBe(200);
      expect(favicon.headers()["content-type"]).toContain("image/x-icon");
      expect(web.out.text).not.toContain("DEV_MAIL_IN_PRODUCTION is on");
    } finally {
      web.child.kill("SIGTERM");
      await web.exited;
    }
  });

  test("counts sign-in attempts per connection: a changing X-Forwarded-For does not escape the per-IP limit", async ({ playwright }) => {
    const port = await freePort();
    // Its own Redis prefix, so this server's per-IP counter for 127.0.0.1 is not the demo server's.
    const web = startNext(port, {
      SMTP_HOST: "smtp.invalid",
      QUEUE_PREFIX: `${process.env.QUEUE_PREFIX ?? "zze2e"}_xff${Date.now().toString(36)}`,
    });
    const api = await playwright.request.newContext({ baseURL: `http://127.0.0.1:${port}` });
    try {
      await waitForHttp(`http://127.0.0.1:${port}/signin`, web.child, web.out);
      const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
      const outcomes: string[] = [];
      for (let i = 0; i < 31; i++) {
        const r = await api.post("/api/auth/callback/password", {
          form: { csrfToken, email: `niemand-${i}-${Date.now()}@zonnedal.demo`, password: "niet-het-wachtwoord-123" },
          // A different forged address every time, and a forged copy of the header the web process writes itself.
          headers: { "x-forwarded-for": `203.0.113.${i}`, "x-zorgzaam-peer": `198.51.100.${i}` },
          maxRedirects: 0,
        });
        outcomes.push(new URL(r.headers().location ?? "/", "http://x").searchParams.get("code") ?? `status ${r.status()}`);
      }
      expect(outcomes.slice(0, 30)).toEqual(Array(30).fill("credentials"));
      expect(outcomes[30]).toBe("rate_limited");
    } finally {
      await api.dispose();
      web.child.kill("SIGTERM");
      await web.exited;
    }
  });

  test("without SMTP_HOST refuses to start, with one sentence", async () => {
    const port = await freePort();
    const web = startNext(port, { SMTP_HOST: "" });
    // The configuration is checked at start-up; a request makes sure start-up has happened.
    void fetch(`http://127.0.0.1:${port}/signin`).catch(() => {});
    const code = await Promise.race([web.exited, new Promise((r) => setTimeout(() => r("still running"), 60_000))]);
    if (code === "still running") web.child.kill("SIGKILL");
    expect(code, web.out.text).toBe(1);
    expect(web.out.text).toMatch(/SMTP_HOST is not set: a production installation needs a mail relay [^\n]+\./);
  });
});

test("the demo server answers /favicon.ico and links its icon; its /dev/mail lists only demo addresses", async ({ page, request }) => {
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect((await favicon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
  await page.goto("/signin");
  await expect(page.locator('head link[rel="icon"][type="image/svg+xml"]')).toHaveCount(1);
  const icon = await request.get((await page.locator('head link[rel="icon"][type="image/svg+xml"]').getAttribute("href")) ?? "");
  expect(icon.status()).toBe(200);
  await page.goto("/dev/mail");
  const recipients = await page.locator("article dd.break-all").allTextContents();
  for (const r of recipients.filter((_, i) => i % 2 === 0)) expect(r).toMatch(/\.(demo|localhost|test|example)$/);
});

test("the browser gets the build's scripts as brotli, which decode to the files Next would send (ADR 0042)", async ({ page, request }) => {
  const scripts: { url: string; encoding: string | undefined }[] = [];
  page.on("response", (r) => {
    if (r.request().resourceType() === "script" && new URL(r.url()).pathname.startsWith("/_next/static/"))
      scripts.push({ url: r.url(), encoding: r.headers()["content-encoding"] });
  });
  await page.goto("/signin");
  await page.waitForLoadState("networkidle");
  expect(scripts.length).toBeGreaterThan(3);
  // Every script of the page is brotli but a file under 1 kB (not worth it), which Next sends as before.
  for (const s of scripts) {
    const plain = await request.get(s.url, { headers: { "accept-encoding": "identity" } });
    if ((await plain.body()).length < 1024) continue;
    expect(s.encoding, s.url).toBe("br");
    const br = await request.get(s.url, { headers: { "accept-encoding": "br" } });
    expect(br.headers()["content-encoding"]).toBe("br");
    expect((await br.body()).equals(await plain.body()), s.url).toBe(true);
    const gzip = await request.get(s.url, { headers: { "accept-encoding": "gzip" } });
    expect(gzip.headers()["content-encoding"]).toBe("gzip");
  }
});
