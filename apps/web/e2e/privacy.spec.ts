import { expect, test } from "@playwright/test";
import { expectAccessible, signInWithPassword } from "./helpers";

test("an admin adds a consent purpose; a coordinator records consent for it on a phone, with a note", async ({ browser }) => {
  const stamp = Date.now().toString(36);
  const label = `Buurtfeest ${stamp}`;

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInWithPassword(admin, "admin@zonnedal.demo");
  await admin.goto("/t/zonnedal/settings");
  const purposes = admin.getByRole("region", { name: "Doelen van toestemming" });
  await expect(purposes.getByText("Contact opnemen")).toBeVisible();
  await expectAccessible(admin, "settings with consent purposes");
  await expect(purposes.getByText("Als sleutelfiguur op de partnerkaart staan")).toBeVisible();
  await purposes.getByLabel("Omschrijving in het Nederlands").fill(label);
  await purposes.getByLabel("Omschrijving in het Frans").fill(`Fête de quartier ${stamp}`);
  await purposes.getByLabel("Omschrijving in het Engels").fill(`Street party ${stamp}`);
  await purposes.getByRole("button", { name: "Doel toevoegen" }).click();
  await expect(purposes.getByText(label)).toBeVisible();
  await adminContext.close();

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await phone.newPage();
  await signInWithPassword(page, "regie@zonnedal.demo");
  await page.goto("/t/zonnedal/people");
  await page.locator('main li a[href*="/people/"]').first().click();
  await expect(page.getByRole("heading", { level: 2, name: "Toestemmingen" })).toBeVisible();
  const form = page.getByRole("region", { name: "Toestemming registreren" });
  await form.getByLabel("Doel").selectOption({ label });
  await form.getByLabel(/Nota/).fill("Mag op de foto's van het buurtfeest.");
  await form.getByRole("button", { name: "Toestemming registreren" }).click();
  const consents = page.getByRole("list", { name: /Toestemmingen van/ });
  await expect(consents.getByText(label, { exact: true })).toBeVisible();
  await expect(consents.getByText("Mag op de foto's van het buurtfeest.")).toBeVisible();
  // Nothing wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page, "person with consents on a phone");
  await phone.close();
});

test("an admin without the notes permission does not see a person's notes, and the person's page says so", async ({ page }) => {
  await signInWithPassword(page, "admin@zonnedal.demo");
  await page.goto("/t/zonnedal/people");
  const links = page.locator('main li a[href*="/people/"]');
  const n = await links.count();
  let found = false;
  for (let i = 0; i < Math.min(n, 10) && !found; i++) {
    await page.goto("/t/zonnedal/people");
    await links.nth(i).click();
    await expect(page.getByRole("heading", { level: 2, name: "Toestemmingen" })).toBeVisible();
    expect(await page.getByText("Woont alleen sinds het overlijden").count()).toBe(0);
    found = (await page.getByText("Er zijn notities, maar ze zijn verborgen voor jouw rol.").count()) > 0;
  }
  expect(found).toBe(true);
});
