import { expect, type Page, test } from "@playwright/test";
import { expectAccessible, loadMap, signInWithPassword } from "./helpers";

/**
 * BA-3 "Teken jouw buurt": on a phone the field worker draws her version of the buurt with one finger (it replaces the
 * one she had); on a desktop the regie sees the demo's three drawings laid together (agreement bands, legend, the same
 * in words), decides on one boundary and writes it to the neighbourhood after the explicit confirm; the neighbourhood
 * page then lists the previous boundary in its history, and putting it back leaves the demo as it was.
 */

async function noToasts(page: Page) {
  await expect(page.locator("[data-sonner-toast]")).toHaveCount(0, { timeout: 15_000 });
}

async function noSideways(page: Page, label: string) {
  const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scroll, `${label} scrolls sideways`).toBeLessThanOrEqual(width);
}

/** The demo analysis's "Teken jouw buurt" page, through its Afbakening section. */
async function openDrawPage(page: Page) {
  await page.goto("/t/zonnedal/buurtanalyse");
  await page.getByRole("link", { name: "Buurtanalyse Molenwijk 2025", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Buurtanalyse Molenwijk 2025" })).toBeVisible();
  await page.getByRole("link", { name: "Afbakening", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Afbakening" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Wat maakt onze buurt tot één buurt?" })).toBeVisible();
  await page.getByRole("link", { name: "Teken jouw buurt", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Teken jouw buurt" })).toBeVisible();
}

const SQUARE = [
  [0.3, 0.3],
  [0.7, 0.3],
  [0.7, 0.7],
  [0.3, 0.7],
] as const;

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("the field worker draws her version of the buurt with one finger; it replaces the one she had", async ({ page }) => {
    test.setTimeout(240_000);
    await signInWithPassword(page, "veldwerker@zonnedal.demo");
    await openDrawPage(page);
    const text = page.getByTestId("ba-agreement-text");
    await expect(text).toContainText("3 tekeningen");
    await noSideways(page, "draw page on a phone");
    await expectAccessible(page, "draw page on a phone");

    const drawer = page.getByTestId("ba-draw-buurt");
    // On a phone the drawing map loads after a tap (ADR 0035).
    await loadMap(page, drawer);
    // Her demo drawing is loaded: clear it and draw anew.
    await expect(drawer.getByRole("button", { name: "Wissen" })).toBeEnabled();
    await drawer.getByRole("button", { name: "Wissen" }).click();
    await expect(page.getByText("Nog niets getekend.")).toBeVisible();
    await expect(drawer.getByRole("button", { name: "Tekenen" })).toHaveAttribute("aria-pressed", "true");
    const canvas = drawer.getByTestId("boundary-drawer").locator("canvas.maplibregl-canvas");
    await canvas.scrollIntoViewIfNeeded();
    const box = await canvas.boundingBox();
    if (!box) throw new Error("no drawing map");
    for (const [fx, fy] of [...SQUARE, SQUARE[0]]) {
      await page.touchscreen.tap(box.x + box.width * fx, box.y + box.height * fy);
      await page.waitForTimeout(250);
    }
    await expect(page.getByText("Je buurt is getekend. Bewaar ze om ze mee te tellen.")).toBeVisible();
    // The corners as text follow the drawing (the way without the map): four corners.
    await expect(page.getByLabel("Hoeken van je buurt")).toHaveValue(/^(\d+\.\d+, \d+\.\d+\n){3}\d+\.\d+, \d+\.\d+$/);
    await page.getByRole("button", { name: "Mijn tekening vervangen" }).click();
    await expect(page.getByText("Je tekening is bewaard.")).toBeVisible();
    await noToasts(page);
    await noSideways(page, "drawn on a phone");
    await expectAccessible(page, "drawn on a phone");

    // Saved, and still three drawings: hers was replaced, not added.
    await page.reload();
    await expect(page.getByTestId("ba-agreement-text")).toContainText("3 tekeningen");
    await expect(page.getByRole("button", { name: "Mijn tekening vervangen" })).toBeVisible();
  });
});

test("the regie lays three drawings together, decides on one boundary and writes it to the neighbourhood; the old one is kept", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInWithPassword(page, "regie@zonnedal.demo");
  await openDrawPage(page);

  // The overlay: the map with its legend, and the same in words.
  await expect(page.getByTestId("ba-agreement-map").locator("canvas.maplibregl-canvas")).toBeVisible();
  const legend = page.getByTestId("ba-agreement-legend");
  await expect(legend).toContainText("Getekend door iedereen (donkerst)");
  await expect(legend).toContainText("Getekend door de meesten");
  await expect(legend).toContainText("Getekend door enkelen (lichtst)");
  const text = page.getByTestId("ba-agreement-text");
  await expect(text).toContainText("3 tekeningen");
  const table = text.getByRole("table", { name: "Hoeveel mensen elk deel tekenden, met de oppervlakte" });
  await expect(table.getByRole("row")).toHaveCount(4);
  await expect(table.getByRole("cell", { name: "iedereen (3)" })).toBeVisible();
  await expect(table.getByRole("cell", { name: "de meesten (minstens 2 van 3), niet iedereen" })).toBeVisible();
  await expect(text.getByRole("heading", { name: "Verschillen: wat maar één persoon tekende" })).toBeVisible();
  await expect(text).toContainText("Ruben Regie");
  await expectAccessible(page, "overlay of three drawings");

  // Decide: one boundary, what at least half drew.
  await page.getByRole("radio", { name: "Eén grens: wat minstens de helft tekende" }).check();
  await page.getByRole("button", { name: "Beslissing bewaren" }).click();
  await expect(page.getByText("De beslissing is bewaard.")).toBeVisible();
  const decision = page.getByTestId("ba-decision");
  await expect(decision).toContainText("Eén grens: wat minstens de helft tekende");

  // Write it to Molenwijk: the question says what happens.
  await page.getByRole("button", { name: "Als grens van Molenwijk bewaren" }).click();
  const dialog = page.getByRole("dialog", { name: "De grens van Molenwijk vervangen?" });
  await expect(dialog).toContainText("De grens van Molenwijk wordt vervangen. De vorige grens blijft bewaard.");
  await dialog.getByRole("button", { name: "Ja, grens vervangen" }).click();
  await expect(page.getByText("De grens van Molenwijk is vervangen.")).toBeVisible();
  await expect(decision).toContainText("Als grens van Molenwijk bewaard op");
  await noToasts(page);
  await expectAccessible(page, "boundary confirmed");

  // The neighbourhood keeps the boundary it had in its history; putting it back leaves the demo as it was.
  await decision.getByRole("link", { name: "Naar Molenwijk" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Molenwijk" })).toBeVisible();
  const history = page.getByRole("list", { name: "Vorige grenzen" });
  const newest = history.getByRole("listitem").first();
  await expect(newest).toContainText("door Ruben Regie");
  await expect(newest).toContainText("vervangen door de grens uit een buurtanalyse");
  await expectAccessible(page, "neighbourhood with its earlier boundaries");
  await newest.getByRole("button", { name: /^Terugzetten/ }).click();
  const restore = page.getByRole("dialog", { name: "Deze grens terugzetten?" });
  await restore.getByRole("button", { name: "Ja, terugzetten" }).click();
  await expect(page.getByText("De vorige grens van Molenwijk staat terug.")).toBeVisible();
  await expect(history.getByRole("listitem").first()).toContainText("vervangen door een vorige grens die werd teruggezet");
  await expect(history.getByRole("listitem").nth(1)).toContainText("vervangen door de grens uit een buurtanalyse");
});
