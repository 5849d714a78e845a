import { expect, type Page, test } from "@playwright/test";
import { expectAccessible, signInWithPassword } from "./helpers";

/** Public forms refuse a post sooner than PUBLIC_MIN_FILL_SECONDS (3 s) after the form was shown: a person is slower. */
const FILL_TIME_MS = 3_500;
const PHONE = { width: 390, height: 844 };
const STREET = "Pastoor Peetersstraat";

async function noToasts(page: Page) {
  await expect(page.locator("[data-sonner-toast]")).toHaveCount(0, { timeout: 15_000 });
}

/** The admin switches Burenhulp's peer mode (a module setting, default off) on or off on the Modules page. */
async function setPeerMode(page: Page, on: boolean) {
  await page.goto("/t/zonnedal/modules");
  const form = page.getByRole("form", { name: "Instellingen van Burenhulp" });
  await page.getByText("Instellingen van Burenhulp").click();
  const box = form.getByRole("checkbox", { name: /Buren zien zelf open vragen in de buurt/ });
  if (on) await box.check();
  else await box.uncheck();
  await form.getByRole("button", { name: "Instellingen opslaan" }).click();
  await expect(page.getByText("Instellingen van Burenhulp opgeslagen.")).toBeVisible();
}

// Peer mode without a dispatcher (issue 12): a helper who opted in sees an anonymised small request near her on her
// phone, says "ik kan helpen", and learns who and where only once a worker confirms the match. Then the asker's person
// page shows both sides, with the prompt for what she could offer herself (BH-1).
test("peer mode: a helper on her phone sees an anonymised request nearby, offers to help, and a worker confirms", async ({ browser }) => {
  test.setTimeout(240_000);
  // A resident asks (the public form, no JavaScript); the field worker triages it as small help.
  const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE, locale: "nl-BE" });
  const resident = await noJs.newPage();
  await resident.goto("/zonnedal/burenhulp");
  await resident.getByRole("radio", { name: "Ik zoek hulp" }).check();
  await resident.getByRole("radio", { name: "Kleine boodschappen doen" }).check();
  await resident.getByLabel(/In welke buurt woon je/).selectOption({ label: "Molenwijk" });
  await resident.getByLabel(/In welke straat/).fill(`${STREET} 7`);
  await resident.getByLabel("Je naam").fill("Greta Geheimbuur");
  await resident.getByLabel("Telefoonnummer").fill("0470 11 22 33");
  await resident.getByRole("checkbox").check();
  await resident.waitForTimeout(FILL_TIME_MS);
  await resident.getByRole("button", { name: "Verstuur" }).click();
  await expect(resident.getByRole("heading", { level: 1 })).toBeVisible();
  await noJs.close();

  const staff = await browser.newContext({ viewport: PHONE, locale: "nl-BE" });
  const worker = await staff.newPage();
  await signInWithPassword(worker, "veldwerker@zonnedal.demo");
  await worker.goto("/t/zonnedal/burenhulp?status=intake");
  await worker.getByRole("link", { name: /Kleine boodschappen doen · Greta Geheimbuur/ }).click();
  await worker.getByRole("radio", { name: "Klein helpen" }).check();
  await worker.getByRole("button", { name: "Bewaar de inschatting" }).click();
  await expect(worker.getByText("Inschatting bewaard")).toBeVisible();
  const requestUrl = worker.url();

  const adminCtx = await browser.newContext({ locale: "nl-BE" });
  const admin = await adminCtx.newPage();
  await signInWithPassword(admin, "admin@zonnedal.demo");
  await setPeerMode(admin, true);

  try {
    // The helper, on her phone, opts in and sees the request: kind, street name, when; never the name or house number.
    const helperCtx = await browser.newContext({ viewport: PHONE, locale: "nl-BE" });
    const helper = await helperCtx.newPage();
    await signInWithPassword(helper, "vrijwilliger@zonnedal.demo");
    await helper.goto("/t/zonnedal/burenhulp/mine");
    const nearby = helper.getByRole("region", { name: "Vragen in de buurt" });
    await nearby.getByRole("button", { name: "Toon mij vragen in de buurt" }).click();
    const item = nearby.getByRole("listitem").filter({ hasText: STREET });
    await expect(item).toContainText("Kleine boodschappen doen");
    await expect(item).not.toContainText(`${STREET} 7`);
    await expect(nearby).not.toContainText("Greta");
    expect(await helper.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await noToasts(helper);
    await expectAccessible(helper, "burenhulp helper's page with requests nearby");
    await item.getByRole("button", { name: "Ik kan helpen" }).click();
    await expect(helper.getByText(/Een medewerker neemt contact op voor het echt afgesproken is/)).toBeVisible();
    await expect(nearby.getByRole("listitem").filter({ hasText: STREET })).toHaveCount(0);
    await expect(helper.getByText("Greta")).toHaveCount(0);

    // The worker sees the proposed match on the request and confirms it; only then does the helper see who.
    await worker.goto(requestUrl);
    const steps = worker.getByRole("group", { name: "Stappen: Vera Vrijwilliger" });
    await steps.getByRole("button", { name: "Bevestig" }).click();
    await expect(worker.getByText("Vera Vrijwilliger · Bevestigd")).toBeVisible();
    await helper.reload();
    await expect(helper.getByText("Kleine boodschappen doen · Greta")).toBeVisible();
    await helperCtx.close();

    // Her person page shows both sides (BH-1): she only asks, so it asks gently what she could offer herself.
    await worker.goto("/t/zonnedal/people?q=Geheimbuur");
    await worker.getByRole("link", { name: "Greta Geheimbuur" }).click();
    await expect(worker.getByRole("heading", { level: 1, name: "Greta Geheimbuur" })).toBeVisible();
    await expect(worker.getByText("Vraagt: 1 vraag")).toBeVisible();
    await expect(worker.getByText("Biedt nog niets aan")).toBeVisible();
    await expect(worker.getByText("Wat kan of wil deze persoon zelf bieden?")).toBeVisible();
    await worker.getByRole("link", { name: "Aanbod toevoegen voor deze persoon" }).click();
    await expect(worker).toHaveURL(/\/burenhulp\/new\?side=offer&personId=/);
    await expect(worker.getByText("Greta Geheimbuur").first()).toBeVisible();
  } finally {
    await setPeerMode(admin, false);
    await adminCtx.close();
    await staff.close();
  }
});
