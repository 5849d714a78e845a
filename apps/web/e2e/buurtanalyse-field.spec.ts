import { expect, type Page, test } from "@playwright/test";
import sharp from "sharp";
import { expectAccessible, signInWithPassword } from "./helpers";

async function noToasts(page: Page) {
  await expect(page.locator("[data-sonner-toast]")).toHaveCount(0, { timeout: 15_000 });
}

async function noSideways(page: Page, label: string) {
  const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scroll, `${label} scrolls sideways`).toBeLessThanOrEqual(width);
}

/** A phone photo with GPS and the owner's name in its EXIF. */
async function gpsPhoto(background: string): Promise<Buffer> {
  return sharp({ create: { width: 1200, height: 900, channels: 3, background } })
    .withExif({
      IFD0: { Artist: "Marie Peeters" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "50/1 51/1 12/1", GPSLongitudeRef: "E", GPSLongitude: "4/1 21/1 24/1" },
    })
    .jpeg()
    .toBuffer();
}

test("on a phone a field worker adds two observations with a photo (EXIF removed); the regie rests a SWOT item on one", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const stamp = Date.now().toString(36);
  const first = `Zes buren op de bankjes aan het LDC ${stamp}`;
  const second = `Affiches alleen aan de kerk ${stamp}`;
  const photo = await gpsPhoto("#4a8");
  expect((await sharp(photo).metadata()).exif, "the test photo carries EXIF").toBeDefined();
  expect(photo.includes(Buffer.from("Marie Peeters"))).toBe(true);

  await page.setViewportSize({ width: 390, height: 844 });
  await signInWithPassword(page, "veldwerker@zonnedal.demo");
  await page.goto("/t/zonnedal/buurtanalyse");
  await page.getByRole("link", { name: "Buurtanalyse Molenwijk 2025" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Buurtanalyse Molenwijk 2025" })).toBeVisible();
  await page.goto(`${page.url().replace(/\/$/, "")}/sections/ronde4`);
  await page.getByRole("link", { name: "Veldwerk: waarnemingen en gesprekken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Veldwerk (ronde 4)" })).toBeVisible();
  const fieldUrl = page.url();
  await noSideways(page, "field work on a phone");

  // Two observations, each on one screen: a cue, the words, a photo from the camera, who may see it.
  const form = page.locator("form").filter({ has: page.getByRole("heading", { name: "Waarneming toevoegen" }) });
  for (const [text, cue, color, residents] of [
    [first, "Drukke pleinen en parken: wie is er, op welk uur?", "#4a8", true],
    [second, "Stickers en affiches: wie komt waar samen?", "#a84", false],
  ] as const) {
    await form.getByRole("button", { name: cue }).click();
    await expect(form.getByRole("button", { name: cue })).toHaveAttribute("aria-pressed", "true");
    await form.getByLabel("Wat zie je?").fill(text);
    await form
      .getByLabel("Foto (mag ook niet)")
      .setInputFiles({ name: "IMG_0001.JPG", mimeType: "image/jpeg", buffer: await gpsPhoto(color) });
    await expect(form.getByRole("img", { name: "De gekozen foto" })).toBeVisible();
    if (residents) await form.getByRole("checkbox", { name: "voor bewoners en op de publieke site" }).check();
    await form.getByRole("button", { name: "Waarneming bewaren" }).click();
    await expect(page.getByText("Waarneming bewaard.")).toBeVisible();
    await noToasts(page);
    await expect(page.getByText(text, { exact: true })).toBeVisible();
  }
  const item = page.locator("li").filter({ has: page.getByText(first, { exact: true }) });
  await expect(item.getByText("Foto te zien voor: bewoners en de publieke site")).toBeVisible();
  await expect(
    page
      .locator("li")
      .filter({ has: page.getByText(second, { exact: true }) })
      .getByText("Foto te zien voor: alleen het team"),
  ).toBeVisible();
  const thumb = item.getByRole("img", { name: new RegExp(`Foto bij: ${first.slice(0, 20)}`) });
  await expect(thumb).toBeVisible();
  await noSideways(page, "field work with two observations");
  await expectAccessible(page, "field work");

  // The stored photo (through the page's own signed link) has no EXIF, no GPS, not the owner's name.
  const href = await item.locator("a[href^='/files/']").first().getAttribute("href");
  expect(href).toBeTruthy();
  const res = await page.request.get(href as string);
  expect(res.ok()).toBe(true);
  const stored = Buffer.from(await res.body());
  const meta = await sharp(stored).metadata();
  expect(meta.exif).toBeUndefined();
  expect(stored.includes(Buffer.from("Marie Peeters"))).toBe(false);
  expect(fieldUrl).toContain("/field");

  // The regie rests a SWOT item on the first observation.
  const regieContext = await browser.newContext();
  const regie = await regieContext.newPage();
  await signInWithPassword(regie, "regie@zonnedal.demo");
  await regie.goto(fieldUrl.replace(/\/field$/, "/sections/swot"));
  await expect(regie.getByRole("heading", { level: 1, name: "SWOT en actieplan" })).toBeVisible();
  const swot = regie.locator("form").filter({ has: regie.getByRole("heading", { name: "Punt toevoegen" }) });
  await swot.getByLabel("Wat", { exact: true }).fill(`Buren zien elkaar op de bankjes ${stamp}`);
  const option = swot.getByLabel("Steunt op veldwerk (ronde 4)").locator("option", { hasText: first });
  await swot.getByLabel("Steunt op veldwerk (ronde 4)").selectOption((await option.getAttribute("value")) ?? "");
  await swot.getByRole("button", { name: "Punt toevoegen" }).click();
  await expect(regie.getByText(`Steunt op de waarneming: ${first}`)).toBeVisible();
  await expectAccessible(regie, "swot with field evidence");
  await regieContext.close();
});

test("a key-figure lead: the field worker writes one down on a phone by role and place; the regie links it to a key figure on the partner map", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  const who = `De bakker op de hoek ${stamp}`;
  await page.setViewportSize({ width: 390, height: 844 });
  await signInWithPassword(page, "veldwerker@zonnedal.demo");
  await page.goto("/t/zonnedal/buurtanalyse");
  await page.getByRole("link", { name: "Buurtanalyse Molenwijk 2025" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Buurtanalyse Molenwijk 2025" })).toBeVisible();
  const fieldUrl = `${page.url().replace(/\/$/, "")}/field`;
  await page.goto(fieldUrl);
  const form = page.locator("form").filter({ has: page.getByRole("heading", { name: "Spoor toevoegen" }) });
  const send = async () => {
    await form.getByLabel("Wie is het? (rol en plaats, geen naam)").fill(who);
    await form.getByLabel("Waar ontmoet?").fill("Bakkerij aan de Molenstraat");
    await form.getByLabel("Notitie (alleen voor het team)").fill("Kent iedereen die brood komt halen.");
    await form.getByRole("button", { name: "Spoor toevoegen" }).click();
  };
  await send();
  const lead = page.getByRole("listitem").filter({ hasText: who });
  // A field filled before the page is interactive can be emptied by hydration (CI saw it once): the form then names
  // the empty field and stores nothing, so filling and sending again makes no second lead.
  const problem = form.getByRole("heading", { name: "Er is een probleem" });
  await expect(lead.or(problem).first()).toBeVisible();
  if (await problem.isVisible()) await send();
  // Its state as a badge (the state's select below says the same).
  await expect(lead.getByText("Nog contacteren", { exact: true }).first()).toBeVisible();
  await expect(lead.getByLabel(`Stand van: ${who}`)).toHaveValue("to_contact");
  await noSideways(page, "key-figure leads on a phone");
  await expectAccessible(page, "field work with key-figure leads");

  const regieContext = await browser.newContext();
  const regie = await regieContext.newPage();
  await signInWithPassword(regie, "regie@zonnedal.demo");
  await regie.goto(fieldUrl);
  const row = regie.getByRole("listitem").filter({ hasText: who });
  const pick = row.getByLabel(`Sleutelfiguur voor: ${who}`);
  const first = pick.locator("option").nth(1);
  const name = (await first.textContent()) ?? "";
  expect(name, "the demo has a key figure on the partner map").not.toBe("");
  await pick.selectOption((await first.getAttribute("value")) ?? "");
  await row.getByLabel(`Stand van: ${who}`).selectOption("on_map");
  await row.getByRole("button", { name: "Bewaren" }).click();
  await expect(row.getByRole("link", { name: `Op de partnerkaart: ${name}` })).toBeVisible();
  await regieContext.close();
});
