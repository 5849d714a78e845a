import { expect, type Page, test } from "@playwright/test";
import { expectAccessible, signInWithPassword } from "./helpers";

const PHONE = { width: 390, height: 844 };
const AREA = "Centrum";

/** Waits for toasts to go (a toast fading in or out is half transparent, which axe reports as low contrast). */
async function noToasts(page: Page) {
  await expect(page.locator("[data-sonner-toast]")).toHaveCount(0, { timeout: 15_000 });
}

// Issue 12, BH-10 and the closed loop of a referral: a neighbourhood that only facilitates gets no proposed helpers,
// the log of spontaneous help takes an entry and counts it in the figures; a referral that stalls shows as such.
test("regie lets a neighbourhood facilitate, notes spontaneous help on a phone, and sees it in the figures", async ({ browser }) => {
  test.setTimeout(240_000);
  const ctx = await browser.newContext({ viewport: PHONE, locale: "nl-BE" });
  const page = await ctx.newPage();
  await signInWithPassword(page, "regie@zonnedal.demo");

  await page.goto("/t/zonnedal/burenhulp/log");
  await expect(page.getByRole("heading", { level: 1, name: "Spontane hulp: het logboek" })).toBeVisible();
  await expect(page.getByText("Jullie koppelen in alle buurten.")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page, "burenhulp log");

  // An entry of spontaneous help, with its story.
  const add = page.locator("form").filter({ has: page.getByRole("button", { name: "Noteer" }) });
  await add.getByLabel("Hoe vaak").fill("3");
  await add.getByLabel("Buurt").selectOption({ label: AREA });
  await add.getByLabel("Soort hulp").selectOption({ label: "Kleine boodschappen doen" });
  await add.getByLabel(/Het verhaal/).fill("Drie buren deden samen boodschappen na de koffieochtend in het Centrum.");
  await add.getByRole("button", { name: "Noteer" }).click();
  await expect(page.getByText("Genoteerd", { exact: true })).toBeVisible();
  const entry = page.getByRole("listitem").filter({ hasText: "na de koffieochtend in het Centrum" });
  await expect(entry).toContainText("3 keer");

  // The way of working: Centrum only facilitates.
  const modes = page.locator("form").filter({ has: page.getByRole("button", { name: "Bewaar de werkwijze" }) });
  await modes.getByLabel(AREA).selectOption({ label: "Enkel faciliteren" });
  await modes.getByRole("button", { name: "Bewaar de werkwijze" }).click();
  await expect(page.getByText("Werkwijze bewaard")).toBeVisible();
  await expect(page.getByText(`In deze buurten wordt niet gekoppeld, enkel gefaciliteerd: ${AREA}.`)).toBeVisible();
  await noToasts(page);
  await expectAccessible(page, "burenhulp log with an entry and a facilitating neighbourhood");

  // A request in Centrum: no proposed helpers, a way to the log instead.
  await page.goto("/t/zonnedal/burenhulp");
  await page.getByLabel("Buurt").selectOption({ label: AREA });
  await page.getByLabel("Klein of zwaar").selectOption({ label: "Klein helpen" });
  await page.getByRole("button", { name: "Toon" }).click();
  await page.locator('a[href*="/burenhulp/requests/"]').first().click();
  await expect(page.getByText(/Hier koppelen we niet/)).toBeVisible();
  await expect(page.getByRole("button", { name: /^Stel .+ voor$/ })).toHaveCount(0);
  await expectAccessible(page, "burenhulp request where the neighbourhood facilitates");
  await page.getByRole("link", { name: "Naar het logboek van spontane hulp" }).click();

  // Back to matching (the other tests match in Centrum).
  await modes.getByLabel(AREA).selectOption({ label: "Koppelen" });
  await modes.getByRole("button", { name: "Bewaar de werkwijze" }).click();
  await expect(page.getByText("Werkwijze bewaard")).toBeVisible();
  await expect(page.getByText("Jullie koppelen in alle buurten.")).toBeVisible();

  // The figures count spontaneous help (in total; per neighbourhood under 5 it shows as "minder dan 5").
  await page.goto("/t/zonnedal/burenhulp/figures");
  await expect(page.getByRole("columnheader", { name: "Spontane hulp (keer)" })).toBeVisible();
  await expectAccessible(page, "burenhulp figures with spontaneous help");

  // The stalled referral: the home card's line opens the list filtered on it.
  await page.goto("/t/zonnedal");
  await page.getByRole("link", { name: /doorverwijzing(en)? sta(at|an) stil/ }).click();
  await expect(page.getByLabel("Aandacht")).toHaveValue("stalled");
  await page.locator('a[href*="/burenhulp/requests/"]').first().click();
  await expect(page.getByText("Staat stil")).toBeVisible();
  await expect(page.getByText(/Vraag bij de dienst na hoe het gaat/)).toBeVisible();
  await expectAccessible(page, "burenhulp request with a stalled referral");
  await ctx.close();
});
