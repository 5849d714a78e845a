import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { expectAccessible, signInWithPassword } from "./helpers";

/** Waits for toasts to go (a toast fading in or out is half transparent, which axe reports as low contrast). */
async function noToasts(page: Page) {
  await expect(page.locator("[data-sonner-toast]")).toHaveCount(0, { timeout: 15_000 });
}

async function noSideways(page: Page, label: string) {
  const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scroll, `${label} scrolls sideways`).toBeLessThanOrEqual(width);
}

const CSV = [
  "sector;indicator;jaar;waarde;inwoners",
  "24999A01;Huurders (%);2024;60;1000",
  "24999A02;Huurders (%);2024;40;3000",
  "24999A02;Huurders (%);2024;41;3000",
].join("\n");

test("the regie runs an analysis: preparation, a hypothesis with an imported indicator and a verdict, SWOT, an action, the report and its PDF", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const stamp = Date.now().toString(36);
  const title = `Buurtanalyse Molenwijk ${stamp}`;
  const hypothesis = `Meer huurders dan eigenaars ${stamp}`;

  // The list on a phone: readable without scrolling sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await signInWithPassword(page, "regie@zonnedal.demo");
  await page.goto("/t/zonnedal/buurtanalyse");
  await expect(page.getByRole("heading", { level: 1, name: "Buurtanalyses" })).toBeVisible();
  await noSideways(page, "analyses on a phone");
  await expectAccessible(page, "analyses");

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByText("Nieuwe buurtanalyse").click();
  await page.getByLabel("Titel").fill(title);
  await page.getByRole("checkbox", { name: "Molenwijk" }).check();
  await page.getByRole("checkbox", { name: "Fatima Veldwerker" }).check();
  await page.getByRole("button", { name: "Analyse starten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("Voortgang: 0 van 10 klaar")).toBeVisible();
  await expectAccessible(page, "analysis");

  // Preparation: one of the five questions.
  await page.getByRole("link", { name: "Voorbereiding" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Voorbereiding" })).toBeVisible();
  await page.getByLabel("Wat willen we bereiken met deze analyse?").fill("Weten welke oudere huurders we nog niet bereiken.");
  await page.getByLabel("Stand van dit onderdeel").selectOption("klaar");
  await page.getByRole("button", { name: "Bewaren" }).click();
  await expect(page.getByText("Bewaard.")).toBeVisible();
  await noToasts(page);
  await expectAccessible(page, "preparation");

  // Round 2: the buurt's sectors, a hypothesis, the sector file (one bad row reported), a verdict.
  await page
    .getByRole("navigation", { name: "Onderdelen van de analyse" })
    .getByRole("link", { name: "Ronde 2: cijfers en hypotheses" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Ronde 2: cijfers en hypotheses" })).toBeVisible();
  await page.getByLabel("Sectoren van Molenwijk").fill("24999A01 24999A02 24999A13");
  await page.getByRole("button", { name: "Sectoren bewaren" }).click();
  await expect(page.getByText("De sectoren zijn bewaard.")).toBeVisible();
  await page.getByLabel("Wat denken we?").fill(hypothesis);
  await page.getByRole("button", { name: "Hypothese toevoegen" }).click();
  await expect(page.getByRole("heading", { name: new RegExp(hypothesis) })).toBeVisible();
  await noToasts(page);

  const importForm = page.locator("form").filter({ has: page.getByRole("button", { name: "Inlezen" }) });
  await importForm.getByLabel("Bestand").setInputFiles({ name: `sectoren-${stamp}.csv`, mimeType: "text/csv", buffer: Buffer.from(CSV) });
  await importForm.getByLabel("Hoe tellen we op tot de buurt?").selectOption("mean");
  await importForm.getByLabel("Bij welke hypothese?").selectOption({ label: hypothesis });
  await importForm.getByRole("button", { name: "Inlezen" }).click();
  await expect(importForm.getByRole("status").first()).toContainText("2 rijen ingelezen in 1 indicator; 1 rij niet ingelezen.");
  await expect(importForm.getByText("Rij 4: sector 24999A02 staat al eerder in het bestand")).toBeVisible();
  // (60*1000 + 40*3000) / 4000 = 45; the third sector has no figures.
  const indicators = page.getByRole("region", { name: "Ingelezen indicatoren, opgeteld tot de buurt" });
  await expect(indicators.getByRole("row", { name: /Huurders \(%\) 2024 45/ })).toBeVisible();
  await expect(indicators.getByText("Geen cijfers voor: 24999A13")).toBeVisible();

  // The hypothesis's own card: the innermost section around its heading.
  const card = page
    .locator("section")
    .filter({ has: page.getByRole("heading", { name: new RegExp(hypothesis) }) })
    .last();
  await card.getByText("Hypothese aanpassen").click();
  await card.getByLabel("Besluit", { exact: true }).selectOption("bevestigd");
  await card.getByLabel("Waarom dit besluit?").fill("45 % huurders tegenover 31 % in de gemeente.");
  await card.getByRole("button", { name: "Hypothese bewaren" }).click();
  await expect(page.getByText("De hypothese is bewaard.")).toBeVisible();
  await noToasts(page);
  await expectAccessible(page, "round 2");

  // SWOT backed by the verdict, and an action.
  await page.getByRole("navigation", { name: "Onderdelen van de analyse" }).getByRole("link", { name: "SWOT en actieplan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "SWOT en actieplan" })).toBeVisible();
  const swot = page.locator("form").filter({ has: page.getByRole("button", { name: "Punt toevoegen" }) });
  await swot.getByLabel("Soort").selectOption("weakness");
  await swot.getByLabel("Wat", { exact: true }).fill(`Huurders vinden de weg niet ${stamp}`);
  await swot.getByLabel("Waar steunt het op?").selectOption({ label: `${hypothesis} (Bevestigd)` });
  await swot.getByRole("button", { name: "Punt toevoegen" }).click();
  await expect(page.getByText(`Steunt op: ${hypothesis} (Bevestigd)`)).toBeVisible();
  const action = page.locator("form").filter({ has: page.getByRole("button", { name: "Actie toevoegen" }) });
  await action.getByLabel("Actie", { exact: true }).fill(`Koffieronde ${stamp}`);
  await action.getByLabel("Wie trekt het?").fill("LDC De Linde");
  await action.getByRole("checkbox", { name: "Detectie" }).check();
  await action.getByRole("button", { name: "Actie toevoegen" }).click();
  await expect(page.getByText(`Koffieronde ${stamp}`, { exact: true })).toBeVisible();
  await expectAccessible(page, "swot and action plan");

  // The report, and its PDF.
  await page.goto(page.url().replace(/\/sections\/swot$/, "/report"));
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("Weten welke oudere huurders we nog niet bereiken.")).toBeVisible();
  await expect(page.getByText(`Huurders vinden de weg niet ${stamp}`)).toBeVisible();
  await expectAccessible(page, "report");
  const downloading = page.waitForEvent("download", { timeout: 60_000 });
  await page.getByRole("button", { name: "Download als PDF" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^buurtanalyse-molenwijk-.*\.pdf$/);
  const pdfPath = await download.path();
  expect(
    readFileSync(pdfPath as string)
      .subarray(0, 5)
      .toString("latin1"),
  ).toBe("%PDF-");

  // The report, round 2 (with its tables) and the plan fit a phone: a table scrolls in its own box.
  const report = page.url();
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of [report, report.replace(/\/report$/, "/sections/ronde2"), report.replace(/\/report$/, "/sections/swot")]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await noSideways(page, path);
  }
});

test("the field worker of Molenwijk sees the demo analysis and its progress on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInWithPassword(page, "veldwerker@zonnedal.demo");
  await page.goto("/t/zonnedal/buurtanalyse");
  await page.getByRole("link", { name: "Buurtanalyse Molenwijk 2025", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Buurtanalyse Molenwijk 2025" })).toBeVisible();
  await expect(page.getByText(/Voortgang: \d+ van 10 klaar/)).toBeVisible();
  await noSideways(page, "analysis on a phone");
  await expectAccessible(page, "analysis on a phone");
});
