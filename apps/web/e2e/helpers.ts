import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Zonnebloem-Buurt-2026";

/** Runs axe-core on the current page; fails on any serious or critical violation (WCAG 2.1 AA rules). */
export async function expectAccessible(page: Page, label = page.url()) {
  // Next streams metadata after the first paint: wait for the title so axe sees the finished document.
  await expect(page).toHaveTitle(/\S/);
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
  expect(bad, `axe on ${label}`).toEqual([]);
}

/**
 * On a phone a map loads only after a tap on its button (ADR 0035): tap it (inside `scope`, the page by default) and
 * wait for the map's canvas. Once loaded, other maps of the page (and of this visit) load by themselves.
 */
export async function loadMap(page: Page, scope: Page | Locator = page) {
  const button = scope.getByRole("button", { name: /^Kaart laden/ }).first();
  await button.click();
  await expect(scope.locator("canvas.maplibregl-canvas").first()).toBeVisible();
}

export async function signInWithPassword(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/signin");
  const form = page.locator("form").filter({ has: page.getByLabel(/wachtwoord|mot de passe|password/i) });
  await form.getByLabel(/e-mail/i).fill(email);
  await form.getByLabel(/wachtwoord|mot de passe|password/i).fill(password);
  await form.getByRole("button").click();
  await page.waitForURL((u) => !u.pathname.startsWith("/signin"));
}

/** The newest captured mail to an address, read from the development mail page. */
export async function latestMailLink(page: Page, to: string, pathPart: string): Promise<string> {
  for (let i = 0; i < 30; i++) {
    await page.goto(`/dev/mail?to=${encodeURIComponent(to)}`);
    const link = page.locator(`a[href*="${pathPart}"]`).first();
    if (await link.count()) {
      const href = await link.getAttribute("href");
      if (href) return href;
    }
    await page.waitForTimeout(1000);
  }
  throw new Error(`no mail with a ${pathPart} link reached ${to}`);
}
