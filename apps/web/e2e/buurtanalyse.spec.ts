import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { expectAccessible, loadMap, signInWithPassword } from "./helpers";

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

/** The demo analysis's map page, from the list of analyses. */
async function openDemoMap(page: Page, { phone = false } = {}) {
  await page.goto("/t/zonnedal/buurtanalyse");
  await page.getByRole("link", { name: "Buurtanalyse Molenwijk 2025", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Buurtanalyse Molenwijk 2025" })).toBeVisible();
  await page.getByRole("link", { name: "Kaart van de analyse" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Kaart van de analyse" })).toBeVisible();
  // A phone loads the map after a tap (ADR 0035); a wide screen by itself.
  if (phone) await loadMap(page, page.getByTestId("feature-drawer"));
  await expect(page.getByRole("button", { name: "Punt", exact: true })).toBeEnabled();
}

/** A point on the drawing map, as fractions of its canvas. */
async function mapPoint(page: Page) {
  const canvas = page.getByTestId("feature-drawer").locator("canvas.maplibregl-canvas");
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error("no drawing map");
  return (fx: number, fy: number) => ({ x: box.x + box.width * fx, y: box.y + box.height * fy });
}

test.describe("BA-3 on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("the field worker puts a barrier on the analysis's map with a finger; it is saved and listed", async ({ page }) => {
    test.setTimeout(180_000);
    const label = `Drukke kruising ${Date.now().toString(36)}`;
    await signInWithPassword(page, "veldwerker@zonnedal.demo");
    await openDemoMap(page, { phone: true });
    // The demo's drawing and the layers under it.
    const items = page.getByTestId("ba-map-items");
    await expect(items.getByText("Bankjes aan het LDC", { exact: true })).toBeVisible();
    await expect(page.getByRole("checkbox", { name: /actoren? van de buurtkaart/i })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Grens van de buurt" })).toBeChecked();

    await page.getByLabel("Wat teken je?").selectOption({ label: "Barrière" });
    await page.getByLabel("Naam van wat je tekent").fill(label);
    await page.getByRole("button", { name: "Punt", exact: true }).click();
    await expect(page.getByRole("button", { name: "Punt", exact: true })).toHaveAttribute("aria-pressed", "true");
    const at = await mapPoint(page);
    const p = at(0.5, 0.45);
    await page.touchscreen.tap(p.x, p.y);
    await expect(page.getByText(`Toegevoegd: ${label}.`)).toBeVisible();
    const item = items.locator("details").filter({ hasText: label });
    await expect(item).toContainText("Punt · Barrière");
    // Opened in the list (selected): its place as text, one line.
    await expect(item.getByLabel("Plaats")).toHaveValue(/^\d+\.\d+, \d+\.\d+$/);
    await noToasts(page);
    await noSideways(page, "map on a phone");
    await expectAccessible(page, "analysis map on a phone");

    // After a reload it is still there (saved, not only drawn).
    await page.reload();
    await expect(page.getByTestId("ba-map-items").getByText(label, { exact: true })).toBeVisible();
  });
});

test("the regie draws an area with the mouse, renames it and moves it as text, adds a line without the map and removes it", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInWithPassword(page, "regie@zonnedal.demo");
  await openDemoMap(page);
  const items = page.getByTestId("ba-map-items");

  await page.getByLabel("Wat teken je?").selectOption({ label: "Plek die mensen mijden" });
  await page.getByRole("button", { name: "Gebied", exact: true }).click();
  const at = await mapPoint(page);
  for (const [fx, fy] of [
    [0.2, 0.2],
    [0.35, 0.2],
    [0.35, 0.35],
    [0.2, 0.35],
    [0.2, 0.2],
  ] as const) {
    const p = at(fx, fy);
    await page.mouse.move(p.x, p.y, { steps: 4 });
    await page.mouse.down();
    await page.mouse.up();
    await page.waitForTimeout(150);
  }
  // Without a name it is named after its kind.
  await expect(page.getByText("Toegevoegd: Plek die mensen mijden.")).toBeVisible();
  const area = items.locator("details[open]");
  await expect(area).toContainText("Gebied · Plek die mensen mijden");
  const corners = (await area.getByLabel("Plaats").inputValue()).split("\n");
  expect(corners).toHaveLength(4);

  // The keyboard way: a name, a note and one corner moved, all as text.
  await area.getByLabel("Naam").fill(`Tunnel onder het spoor ${stamp}`);
  await area.getByLabel("Notitie").fill("Donker en vuil, zeggen de buren.");
  const [lat, lng] = (corners[2] as string).split(", ").map(Number);
  corners[2] = `${Number(((lat as number) - 0.001).toFixed(6))}, ${Number(((lng as number) + 0.001).toFixed(6))}`;
  await area.getByLabel("Plaats").fill(corners.join("\n"));
  await area.getByRole("button", { name: "Bewaren" }).click();
  await expect(page.getByText(`Bewaard: Tunnel onder het spoor ${stamp}.`)).toBeVisible();
  // A line that cannot be read is named.
  await area.getByLabel("Plaats").fill(`${corners.slice(0, 3).join("\n")}\nergens`);
  await area.getByRole("button", { name: "Bewaren" }).click();
  await expect(area.getByText("Regel 4 kunnen we niet lezen.", { exact: false }).first()).toBeVisible();
  await noToasts(page);
  await expectAccessible(page, "analysis map, an item open");

  // Without the map: a line typed as positions.
  const add = page.locator("form").filter({ has: page.getByRole("heading", { name: "Toevoegen zonder kaart" }) });
  await add.getByLabel("Vorm").selectOption({ label: "Lijn" });
  await add.getByLabel("Naam").fill(`Spoorweg ${stamp}`);
  await add.getByLabel("Soort").selectOption({ label: "Barrière" });
  await add.getByLabel("Plaats").fill("50.8466, 4.3528\n50.8470, 4.3600");
  await add.getByRole("button", { name: "Toevoegen" }).click();
  await expect(page.getByText(`Toegevoegd: Spoorweg ${stamp}.`)).toBeVisible();
  const line = items.locator("details").filter({ hasText: `Spoorweg ${stamp}` });
  await expect(line).toContainText("Lijn · Barrière");

  // Saved: after a reload both are there, the area with its moved corner.
  await page.reload();
  const again = page
    .getByTestId("ba-map-items")
    .locator("details")
    .filter({ hasText: `Tunnel onder het spoor ${stamp}` });
  await again.locator("summary").click();
  await expect(again.getByLabel("Plaats")).toHaveValue(corners.join("\n"));
  await expect(again.getByLabel("Notitie")).toHaveValue("Donker en vuil, zeggen de buren.");

  // Removed, after a question.
  const line2 = page
    .getByTestId("ba-map-items")
    .locator("details")
    .filter({ hasText: `Spoorweg ${stamp}` });
  await line2.locator("summary").click();
  await line2.getByRole("button", { name: `Verwijder: Spoorweg ${stamp}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Verwijderen" }).click();
  await expect(page.getByTestId("ba-map-items").getByText(`Spoorweg ${stamp}`, { exact: true })).toHaveCount(0);
});

test("the second round of the demo sits beside the first: figures, verdicts, SWOT and actions, on a phone too", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInWithPassword(page, "regie@zonnedal.demo");
  await page.goto("/t/zonnedal/buurtanalyse");
  await page.getByRole("link", { name: "Buurtanalyse Molenwijk 2026", exact: true }).click();
  await page.getByRole("link", { name: "Vergelijken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Vergelijken met een vorige analyse" })).toBeVisible();
  await expect(page.getByLabel("Vergelijken met")).toHaveValue(/[0-9a-f-]{36}/);
  await expect(page.getByText("Links: Buurtanalyse Molenwijk 2025")).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "Inwoners" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: /Koffieronde in de torens/ })).toBeVisible();
  await expectAccessible(page, "compare analyses");
  await page.setViewportSize({ width: 390, height: 844 });
  await noSideways(page, "compare on a phone");
});
