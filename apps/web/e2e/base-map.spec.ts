import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, type Page, test } from "@playwright/test";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";
import { expectAccessible, signInWithPassword } from "./helpers";
import { startTileServer, type TileServer } from "./tile-server";

/**
 * Base maps: a tenant's base map comes from a tile server (here one on this machine, in place of CartoWeb.be, GRB,
 * UrbIS or OpenStreetMap, which cannot be reached from here). The tiles are requested and drawn (the map differs
 * clearly from the plain background in a screenshot), the attribution is shown, and when the server is gone the map
 * says so in one line and keeps the project's own points and boundaries. UPDATE_DOC_IMAGES=1 also writes the guide's
 * screenshot.
 */
const NOTICE = /Achtergrondkaart niet beschikbaar/;
const docImages = resolve(dirname(fileURLToPath(import.meta.url)), "../../../docs/guide/img");

/** The map area only, without the DOM drawn over it (markers, controls, the notice): what the tiles change. */
async function mapPixels(page: Page): Promise<PNG> {
  const canvas = page.locator("canvas.maplibregl-canvas");
  const buffer = await canvas.screenshot({
    animations: "disabled",
    style: ".maplibregl-marker, .maplibregl-ctrl, [data-testid=base-map-notice] { visibility: hidden !important; }",
  });
  return PNG.sync.read(buffer);
}

function differingShare(a: PNG, b: PNG): number {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  const diff = pixelmatch(a.data, b.data, undefined, a.width, a.height, { threshold: 0.1 });
  return diff / (a.width * a.height);
}

async function openMap(page: Page) {
  await page.goto("/t/zonnedal/partners");
  await expect(page.getByRole("heading", { level: 1, name: "Buurtkaart" })).toBeVisible();
  await expect(page.locator("canvas.maplibregl-canvas")).toBeVisible();
  // Markers are on the map (our own layer), named with the actor's name.
  await expect(page.getByRole("button", { name: /kaartje openen|inzoomen/ }).first()).toBeVisible();
}

async function setBaseMap(page: Page, choice: string, address?: string, attribution?: string) {
  await page.goto("/t/zonnedal/settings");
  await page.getByLabel("Achtergrondkaart").selectOption(choice);
  if (address !== undefined) await page.getByLabel("Adres van de eigen kaart").fill(address);
  if (attribution !== undefined) await page.getByLabel("Bronvermelding van de eigen kaart").fill(attribution);
  await page.getByRole("button", { name: "Instellingen opslaan" }).click();
  await expect(page.getByText("Instellingen opgeslagen.")).toBeVisible();
}

let tiles: TileServer | null = null;
test.afterAll(async () => {
  await tiles?.stop();
});

test("the base map's tiles come from the tile server and are drawn; without the server the map says so", async ({ page }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInWithPassword(page, "admin@zonnedal.demo");

  // The plain background: the tenant on the plain base map.
  await setBaseMap(page, "plain");
  await openMap(page);
  await page.waitForTimeout(1_000);
  const blank = await mapPixels(page);
  await expect(page.getByTestId("base-map-notice")).toHaveCount(0);

  // The tenant's own tiles, from the local server, with the attribution its licence asks for.
  tiles = await startTileServer();
  await setBaseMap(page, "custom", tiles.template, "Testtegels © Zorgzaam");
  await expectAccessible(page, "settings with a custom base map");
  await openMap(page);
  await expect.poll(() => tiles?.served() ?? 0, { message: "tiles requested from the tile server" }).toBeGreaterThan(3);
  await expect(page.locator(".maplibregl-ctrl-attrib")).toContainText("Testtegels © Zorgzaam");
  await expect(page.getByText(NOTICE)).toHaveCount(0);
  // Drawn: a large part of the map now differs from the plain background.
  await expect.poll(async () => differingShare(blank, await mapPixels(page)), { timeout: 20_000 }).toBeGreaterThan(0.3);
  await expectAccessible(page, "partners map with a base map");
  if (process.env.UPDATE_DOC_IMAGES) {
    mkdirSync(docImages, { recursive: true });
    await page
      .locator("#partners-map-title")
      .locator("..")
      .screenshot({ path: `${docImages}/partners-map-base-map.png` });
  }

  // The server goes away: one line says so, our points and boundaries stay on the plain background.
  await tiles.stop();
  tiles = null;
  await openMap(page);
  await expect(page.getByText(NOTICE)).toBeVisible();
  await expect(page.getByTestId("base-map-notice")).toHaveText(
    "Achtergrondkaart niet beschikbaar (geen verbinding met de kaartdienst); de eigen lagen blijven zichtbaar.",
  );
  expect(differingShare(blank, await mapPixels(page))).toBeLessThan(0.05);
  await expectAccessible(page, "partners map without its base map");

  // Back to the tenant's default (the region's base map), so the other tests see the demo as it ships.
  await page.goto("/t/zonnedal/settings");
  await expect(page.getByRole("option", { name: /^Automatisch: CartoWeb\.be/ })).toHaveCount(1);
  await setBaseMap(page, "auto");
});
