import { expect, type Page, test } from "@playwright/test";
import { expectAccessible, signInWithPassword } from "./helpers";

/**
 * The buurtkaart of the Partners module: the map with its points and list, a filter that changes both (and stays in
 * the address), the colour toggle, a point's card, the list on its own page, placing a new actor by clicking the map,
 * and the page on a phone. Axe on the map page and on the list page.
 */
async function count(page: Page): Promise<number> {
  const text = (await page.getByTestId("map-count").textContent()) ?? "";
  const n = /(\d+)\s+actor/.exec(text)?.[1];
  if (!n) throw new Error(`no count in "${text}"`);
  return Number(n);
}

async function listNames(page: Page): Promise<string[]> {
  return page.getByRole("region", { name: "Lijst" }).getByRole("heading", { level: 3 }).allTextContents();
}

test("regie filters the map, opens a card, switches to the list and adds an actor by clicking the map", async ({ page }) => {
  test.setTimeout(120_000);
  await signInWithPassword(page, "regie@zonnedal.demo");
  await page.goto("/t/zonnedal/partners");
  await expect(page.getByRole("heading", { level: 1, name: "Buurtkaart" })).toBeVisible();
  await expect(page.locator("canvas.maplibregl-canvas")).toBeVisible();
  // Points and groups are buttons on the map, named for screen readers.
  await expect(page.getByRole("button", { name: /kaartje openen|inzoomen/ }).first()).toBeVisible();
  const all = await count(page);
  expect(all).toBeGreaterThan(10);
  await expect(page.getByTestId("map-count")).toContainText("nog zonder punt op de kaart");
  expect(await listNames(page)).toContain("Bakkerij Van Dyck");
  await expectAccessible(page, "partners map");

  // Filter by relationship: the count and the list follow, and the filter is in the address.
  await page.locator("summary", { hasText: "Filters" }).click();
  await page.getByRole("group", { name: "Relatie" }).getByRole("checkbox", { name: "Slapend" }).check();
  await expect(page).toHaveURL(/statuses=dormant/);
  await expect.poll(() => count(page)).toBeLessThan(all);
  const dormant = await count(page);
  expect(dormant).toBeGreaterThan(0);
  const names = await listNames(page);
  expect(names).toContain("Bakkerij Van Dyck");
  expect(names).not.toContain("Huisartsenpraktijk De Markt");
  expect(names.length).toBe(Math.min(dormant, 20));
  for (const item of await page.getByRole("region", { name: "Lijst" }).getByRole("listitem").all()) {
    await expect(item).toContainText("Slapend");
  }

  // Colour by relationship: the legend follows and the address keeps it.
  await page.getByRole("radio", { name: "Relatie" }).check();
  await expect(page).toHaveURL(/colour=status/);
  await expect(page.getByRole("region", { name: "Legende" })).toContainText("Slapend");

  // One actor left: its point opens its card.
  await page.getByLabel("Zoeken op naam, adres of label").fill("Bakkerij");
  await page.getByRole("button", { name: "Zoeken", exact: true }).click();
  await expect(page.getByTestId("map-count")).toContainText("1 actor gevonden");
  const point = page.getByRole("button", { name: /kaartje openen/ });
  await expect(point).toHaveCount(1);
  await point.click();
  const card = page.getByRole("region", { name: "Bakkerij Van Dyck" });
  await expect(card.getByRole("heading", { name: "Bakkerij Van Dyck" })).toBeFocused();
  await expect(card).toContainText("Slapend");
  await expect(card.getByRole("link", { name: "Open de actor" })).toHaveAttribute(
    "href",
    /\/t\/zonnedal\/partners\/actors\/[0-9a-f-]{36}$/,
  );
  await expectAccessible(page, "partners map with a card");
  await page.keyboard.press("Escape");
  await expect(card).toHaveCount(0);
  await expect(point).toBeFocused();

  // The list on its own page, with the same filters.
  await page.getByRole("link", { name: "Alleen de lijst tonen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Actoren in een lijst" })).toBeVisible();
  await expect(page).toHaveURL(/\/partners\/list\?.*statuses=dormant/);
  await expect(page.getByTestId("map-count")).toContainText("1 actor gevonden");
  await expect(page.getByRole("link", { name: "Bakkerij Van Dyck" })).toBeVisible();
  await expectAccessible(page, "partners list");
  await page.getByRole("link", { name: "Filters wissen" }).click();
  await expect.poll(() => count(page)).toBe(all);
  await expectAccessible(page, "partners list without filters");

  // Add an actor here: a click on the map gives the point, and the new-actor form (the lead's) starts with it.
  await page.getByRole("link", { name: "Terug naar de kaart" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Buurtkaart" })).toBeVisible();
  await page.getByRole("button", { name: "Actor toevoegen op de kaart" }).click();
  await expect(page.getByText(/^Klik of tik op de kaart/)).toBeVisible();
  const canvas = page.locator("canvas.maplibregl-canvas");
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error("no map canvas");
  // In the middle (markers let clicks through while placing a point); the controls are in the top-right corner.
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByText(/^Gekozen punt: /)).toBeVisible();
  await page.getByRole("link", { name: "Nieuwe actor op dit punt" }).click();
  await expect(page).toHaveURL(/\/partners\/actors\/new\?lat=5\d\.\d+&lng=4\.\d+/);
  await expect(page.getByRole("heading", { level: 1, name: "Nieuwe actor" })).toBeVisible();
  await expect(page.getByLabel("Breedtegraad")).toHaveValue(/^5\d\.\d+$/);
  await expect(page.getByLabel("Lengtegraad")).toHaveValue(/^4\.\d+$/);
});

test("on a phone the map waits for a tap: a light preview of the same points, then the map in the same box", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInWithPassword(page, "veldwerker@zonnedal.demo");
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(r.url());
  });
  await page.goto("/t/zonnedal/partners?kinds=key_figure");
  await expect(page.getByRole("heading", { level: 1, name: "Buurtkaart" })).toBeVisible();
  // The preview: the filtered points as links named as the markers are, the boundaries; no map library, no canvas.
  const preview = page.getByTestId("map-preview");
  await expect(preview.getByRole("group", { name: "Voorbeeld van de kaart, zonder achtergrondkaart" })).toBeVisible();
  await expect(preview.locator("svg path").first()).toBeAttached();
  const points = preview.getByRole("link", { name: /kaartje openen/ });
  expect(await points.count()).toBeGreaterThan(0);
  await page.waitForLoadState("networkidle");
  await expect(page.locator("canvas.maplibregl-canvas")).toHaveCount(0);
  const before = scripts.length;
  await expectAccessible(page, "partners map preview on a phone");
  // A point in the preview opens the actor's card in place, as on the map.
  await points.first().press("Enter");
  await page.getByRole("button", { name: "Kaartje sluiten" }).click();
  await expect(points.first()).toBeFocused();
  const box = await preview.boundingBox();
  const load = page.getByRole("button", { name: "Kaart laden (ongeveer 0,3 MB)" });
  await load.click();
  await expect(page.locator("canvas.maplibregl-canvas")).toBeVisible();
  // The map library came with the tap, not before.
  expect(scripts.length).toBeGreaterThan(before);
  // Same box: nothing below moves.
  const map = await page.locator("canvas.maplibregl-canvas").boundingBox();
  expect(map && box && Math.abs(map.y - box.y) < 2 && Math.abs(map.height - box.height) < 2).toBe(true);
  const list = await page.getByRole("heading", { level: 2, name: "Lijst" }).boundingBox();
  expect(map && list && list.y > map.y + map.height).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  await expectAccessible(page, "partners map on a phone");
});

test("on a phone 'always load maps on this device' is remembered and can be undone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInWithPassword(page, "veldwerker@zonnedal.demo");
  await page.goto("/t/zonnedal/partners");
  await page.getByRole("checkbox", { name: "Kaarten op dit toestel altijd meteen laden" }).check();
  await page.getByRole("button", { name: /^Kaart laden/ }).click();
  await expect(page.locator("canvas.maplibregl-canvas")).toBeVisible();
  // A new visit: the map loads by itself, with the button that undoes the choice.
  await page.reload();
  await expect(page.locator("canvas.maplibregl-canvas")).toBeVisible();
  await page.getByRole("button", { name: "Kaarten niet meer meteen laden" }).click();
  await page.reload();
  await expect(page.getByRole("button", { name: /^Kaart laden/ })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await expect(page.locator("canvas.maplibregl-canvas")).toHaveCount(0);
});

test("on a wide screen the map loads by itself", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInWithPassword(page, "veldwerker@zonnedal.demo");
  await page.goto("/t/zonnedal/partners");
  await expect(page.locator("canvas.maplibregl-canvas")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Kaart laden/ })).toHaveCount(0);
});

test("on a phone a button that moves the map loads it first", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInWithPassword(page, "veldwerker@zonnedal.demo");
  await page.goto("/t/zonnedal/partners");
  await expect(page.getByTestId("map-preview")).toBeVisible();
  await page.getByRole("button", { name: "Alle punten tonen" }).click();
  await expect(page.locator("canvas.maplibregl-canvas")).toBeVisible();
  await expect(page.getByTestId("map-preview")).toHaveCount(0);
});
