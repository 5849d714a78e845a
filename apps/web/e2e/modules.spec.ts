import { expect, test } from "@playwright/test";
import { expectAccessible, signInWithPassword } from "./helpers";

// brussel-noord starts with reflectie switched on and a seeded history (prisma/seed.ts).
test("switching a module off hides it and pauses it; switching it on brings everything back", async ({ page }) => {
  await signInWithPassword(page, "admin@brussel-noord.demo");
  const navLink = page.locator('nav a[href="/t/brussel-noord/reflectie"]');
  await page.goto("/t/brussel-noord");
  await expect(navLink.first()).toBeAttached();

  await page.goto("/t/brussel-noord/modules");
  await expect(page.getByRole("heading", { level: 1, name: "Modules" })).toBeVisible();
  await expectAccessible(page, "modules");
  await page.getByRole("button", { name: "Reflectie uitschakelen" }).click();
  await expect(page.getByText("Reflectie is uitgeschakeld.")).toBeVisible();

  await page.goto("/t/brussel-noord/reflectie/sessions");
  await expect(page.getByRole("heading", { level: 1, name: "Deze module is niet ingeschakeld" })).toBeVisible();
  await expectAccessible(page, "module not enabled");
  await expect(navLink).toHaveCount(0);
  // A path that is no page of the module says the same while it is off (its route imports no page: ADR 0038).
  await page.goto("/t/brussel-noord/reflectie/nope/deeper");
  await expect(page.getByRole("heading", { level: 1, name: "Deze module is niet ingeschakeld" })).toBeVisible();

  await page.goto("/t/brussel-noord/modules");
  await page.getByRole("button", { name: "Reflectie inschakelen" }).click();
  await expect(page.getByText("Reflectie is ingeschakeld.")).toBeVisible();
  await page.goto("/t/brussel-noord/reflectie/sessions");
  await expect(page.getByRole("heading", { level: 1, name: "Deze module is niet ingeschakeld" })).toHaveCount(0);
  await expect(page.locator('main a[href*="/reflectie/sessions/"]').first()).toBeVisible();
  await expect(navLink.first()).toBeAttached();
  // Switched on, a path that is no page of the module is a 404, one below a page with a parameter too.
  for (const path of ["nope", "nope/deeper", "sessions/x/nope"]) {
    expect((await page.goto(`/t/brussel-noord/reflectie/${path}`))?.status(), path).toBe(404);
  }
});
