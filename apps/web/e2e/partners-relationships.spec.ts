import { expect, type Page, test } from "@playwright/test";
import { expectAccessible, signInWithPassword } from "./helpers";

/**
 * Each organisation's own relationship with a shared actor (ADR 0017), side by side on the actor's page, in Zonnedal:
 * the regie (OCMW Zonnedal) owns the GP practice; the demo seed gave LDC De Linde a relationship of its own with it.
 * The field worker of LDC De Linde changes hers; the partner (Buurtwerk Zonnedal vzw) reads both, on a phone, and never
 * reads "Onze relatie" for someone else's.
 */
const ACTOR = "Huisartsenpraktijk De Markt";

async function openActor(page: Page) {
  await page.goto(`/t/zonnedal/partners/list?q=${encodeURIComponent("Huisartsenpraktijk")}`);
  await page.getByRole("link", { name: ACTOR }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: ACTOR })).toBeVisible();
}

const card = (page: Page, name: string) => page.getByRole("listitem", { name });

test("every organisation keeps its own relationship with a shared actor, side by side", async ({ page, browser }) => {
  test.setTimeout(300_000);
  const stamp = Date.now().toString(36);

  // The regie: her organisation's relationship (on the map) first, LDC De Linde's beside it, read-only for her.
  await signInWithPassword(page, "regie@zonnedal.demo");
  await openActor(page);
  const ours = card(page, "Relatie van OCMW Zonnedal");
  await expect(ours).toContainText("jouw organisatie");
  await expect(ours).toContainText("op de kaart");
  await expect(ours.getByRole("button", { name: "Relatie bewaren" })).toBeVisible();
  const linde = card(page, "Relatie van LDC De Linde");
  await expect(linde).toContainText("Occasionele partner");
  await expect(linde).toContainText("Een plek voor de wekelijkse bloeddrukmeting");
  await expect(linde.getByRole("button")).toHaveCount(0);
  await expect(page.getByText("Onze relatie")).toHaveCount(0);
  await expectAccessible(page, "actor: relationships as regie");

  // The field worker of LDC De Linde changes her organisation's relationship; the one on the map stays.
  // Own contexts (axe needs a page of a context, not of browser.newPage()).
  const workerContext = await browser.newContext();
  const worker = await workerContext.newPage();
  await signInWithPassword(worker, "veldwerker@zonnedal.demo");
  await openActor(worker);
  const hers = card(worker, "Relatie van LDC De Linde");
  await expect(hers).toContainText("jouw organisatie");
  await expect(card(worker, "Relatie van OCMW Zonnedal").getByRole("button")).toHaveCount(0);
  await hers.getByLabel("Relatie", { exact: true }).selectOption({ label: "Intensieve partner" });
  await hers.getByLabel("Wat LDC De Linde biedt aan de actor").fill(`Een plek voor de bloeddrukmeting en het praatcafé (${stamp})`);
  await hers.getByLabel("Waarom? (optioneel)").fill("Samen de griepcampagne gedaan");
  await hers.getByRole("button", { name: "Relatie bewaren" }).click();
  await expect(hers.getByRole("status")).toHaveText("Relatie bewaard.");
  await expect(hers.locator("dd").first()).toContainText("Intensieve partner");
  await expect(worker.getByText("Relatie van LDC De Linde gewijzigd").first()).toBeVisible();
  await expectAccessible(worker, "actor: relationships as the other organisation");
  await workerContext.close();

  // The partner, on a phone: both relationships with whose they are, her own organisation has none yet; nothing to change.
  const partnerContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const partner = await partnerContext.newPage();
  await signInWithPassword(partner, "partner@zonnedal.demo");
  await openActor(partner);
  await expect(card(partner, "Relatie van OCMW Zonnedal")).toContainText("op de kaart");
  await expect(card(partner, "Relatie van LDC De Linde")).toContainText("Intensieve partner");
  await expect(card(partner, "Relatie van LDC De Linde")).toContainText(`het praatcafé (${stamp})`);
  await expect(card(partner, "Relatie van Buurtwerk Zonnedal vzw")).toContainText(
    "Buurtwerk Zonnedal vzw heeft nog geen eigen relatie met deze actor vastgelegd.",
  );
  await expect(partner.getByText("Onze relatie")).toHaveCount(0);
  await expect(partner.getByRole("button", { name: "Relatie bewaren" })).toHaveCount(0);
  expect(await partner.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  await expectAccessible(partner, "actor: relationships as partner on a phone");
  await partnerContext.close();
});

test("the regie adds an actor to an open round, and deletes a round started by mistake", async ({ page }) => {
  test.setTimeout(300_000);
  const title = `Per vergissing ${Date.now().toString(36)}`;
  await signInWithPassword(page, "regie@zonnedal.demo");
  await page.goto("/t/zonnedal/partners/evaluation");
  await page.getByLabel("Titel").fill(title);
  await page.getByRole("button", { name: "Ronde starten" }).click();
  await page.waitForURL(/\/partners\/evaluation\/[0-9a-f-]{36}/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const total = Number((await page.getByText(/^Actor 1 van \d+$/).textContent())?.match(/van (\d+)/)?.[1]);

  // A forgotten actor (not contacted yet, so not taken in by default) joins the round.
  await page.getByText("Actoren toevoegen").click();
  await page.getByLabel("Zoek een actor op naam").fill("Krantenwinkel");
  await page.getByRole("button", { name: "Zoeken" }).click();
  const add = page.getByRole("button", { name: /^Krantenwinkel .* toevoegen aan de ronde$/ }).first();
  await expect(add).toBeVisible();
  await expectAccessible(page, "round: add actors");
  await add.click();
  await expect(page.getByText(/is toegevoegd aan de ronde\.$/)).toBeVisible();
  await expect(page.getByText(`Actor 1 van ${total + 1}`, { exact: true })).toBeVisible();

  // Nothing answered yet: the round can go, after asking.
  await page.getByRole("button", { name: "Ronde verwijderen" }).click();
  const dialog = page.getByRole("dialog", { name: "Deze ronde verwijderen?" });
  await expect(dialog).toContainText("zolang er nog niets beantwoord of afgesproken is");
  await expectAccessible(page, "round: delete?");
  await dialog.getByRole("button", { name: "Ja, ronde verwijderen" }).click();
  await page.waitForURL(/\/partners\/evaluation\?deleted=1$/);
  await expect(page.getByText("De ronde is verwijderd.")).toBeVisible();
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  await expectAccessible(page, "rounds after deleting one");
});
