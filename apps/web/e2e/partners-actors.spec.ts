import { expect, test } from "@playwright/test";
import { expectAccessible, signInWithPassword } from "./helpers";

/**
 * Actors of the Partners module: a new actor with a point from the map, its relationship, a link and who knows them,
 * an edit, the sectors page; a key figure's personal details only on request. Axe on every page.
 */
test("regie adds an actor, changes the relationship, links it and reads its history", async ({ page }) => {
  test.setTimeout(120_000);
  const name = `Buurtrestaurant De Lepel ${Date.now().toString(36)}`;
  await signInWithPassword(page, "regie@zonnedal.demo");

  // A point clicked on the map arrives as ?lat=&lng=.
  await page.goto("/t/zonnedal/partners/actors/new?lat=50.8791&lng=4.6953");
  await expect(page.getByRole("heading", { level: 1, name: "Nieuwe actor" })).toBeVisible();
  await expect(page.getByLabel("Breedtegraad")).toHaveValue("50.8791");
  await expectAccessible(page, "new actor");
  // Bad input first: no name → a clear message, nothing lost.
  await page.getByLabel("Adres").fill("Markt 7");
  await page.getByRole("button", { name: "Actor toevoegen" }).click();
  await expect(page.getByRole("alert").first()).toContainText(/naam/i);
  await expect(page.getByLabel("Adres")).toHaveValue("Markt 7");

  await page.getByLabel("Naam", { exact: true }).fill(name);
  await page.getByLabel("Soort").selectOption({ label: "Burgerinitiatief" });
  await page.getByRole("checkbox", { name: "Voeding" }).check();
  await page.getByLabel("Relatie").selectOption({ label: "Nog geen contact" });
  await page.getByLabel("Wat zij ons bieden").fill("Een warme maaltijd voor wie alleen is");
  await page.getByRole("button", { name: "Actor toevoegen" }).click();

  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("Bewaard.")).toBeVisible();
  await expect(page.getByText("50,8791")).toBeVisible();
  await expectAccessible(page, "actor detail");

  // Her organisation's relationship changes, with a reason, and the history says so.
  const ours = page.getByRole("group", { name: "Relatie van OCMW Zonnedal aanpassen" });
  await ours.getByLabel("Relatie", { exact: true }).selectOption({ label: "Occasionele partner" });
  await ours.getByLabel("Waarom? (optioneel)").fill("Eerste samenwerking rond de kerstmaaltijd");
  await ours.getByRole("button", { name: "Relatie bewaren" }).click();
  await expect(page.getByText("Relatie gewijzigd")).toBeVisible();
  await expect(page.getByText("Toelichting: Eerste samenwerking rond de kerstmaaltijd")).toBeVisible();

  // A link to another actor, written as a sentence.
  await page.getByLabel("Zoek een andere actor").fill("Okra");
  await page.getByRole("button", { name: "Zoeken" }).first().click();
  await page.getByLabel("Soort verbinding").selectOption({ label: "werkt samen met" });
  await page.getByRole("button", { name: "Verbinding bewaren" }).click();
  await expect(page.getByRole("link", { name: "Okra Zonnedal" })).toBeVisible();

  // Who in the team knows them.
  await page.getByLabel("Teamlid").selectOption({ label: "Fatima Veldwerker" });
  await page.getByLabel("Hoe goed?").selectOption({ label: "Goed contact" });
  await page.getByRole("button", { name: "Bewaren", exact: true }).click();
  await expect(page.locator("li strong", { hasText: "Fatima Veldwerker" })).toBeVisible();
  await expectAccessible(page, "actor detail after changes");

  // Edit: the form comes back filled in.
  await page.getByRole("link", { name: "Aanpassen" }).click();
  await expect(page.getByLabel("Naam", { exact: true })).toHaveValue(name);
  await expectAccessible(page, "edit actor");
  // Place the point by its address (the run's local geocoder knows the Spoorweglaan): type, Enter, choose with the
  // keyboard; the fields follow.
  const place = page.getByRole("combobox", { name: "Plek zoeken" });
  // The found places (the form's select lists have options too).
  const places = page.getByRole("listbox", { name: "Gevonden plekken", includeHidden: true }).getByRole("option");
  await place.fill("Spoorweglaan 12, Zonnedal");
  await place.press("Enter");
  await expect(places).toHaveCount(3);
  await expect(page.getByText("3 adressen gevonden.")).toBeVisible();
  await expect(place).toHaveAttribute("aria-expanded", "true");
  await expectAccessible(page, "address search with its results");
  await place.press("ArrowDown");
  await expect(places.and(page.getByRole("option", { selected: true }))).toContainText("Spoorweglaan, Zonnedal");
  await place.press("ArrowUp");
  await place.press("Enter");
  await expect(place).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByLabel("Breedtegraad")).toHaveValue("50.8812");
  await expect(page.getByLabel("Lengtegraad")).toHaveValue("4.7001");
  // Move the point by clicking the small map (the way to place a point without a geocoder).
  const before = await page.getByLabel("Breedtegraad").inputValue();
  const picker = page.locator("figure").filter({ hasText: "Het punt staat op de kaart" });
  await expect(picker.locator("canvas")).toBeVisible();
  await picker.locator("canvas").click({ position: { x: 40, y: 40 } });
  await expect(page.getByLabel("Breedtegraad")).not.toHaveValue(before);
  await page.getByLabel("Openingsuren").fill("wo en vr 12–14 u");
  await page.getByRole("button", { name: "Wijzigingen bewaren" }).click();
  await expect(page.getByText("wo en vr 12–14 u")).toBeVisible();

  // Sectors page.
  await page.goto("/t/zonnedal/partners/sectors");
  await expect(page.getByRole("heading", { level: 1, name: "Sectoren en levensdomeinen" })).toBeVisible();
  await expectAccessible(page, "sectors");
});

test("on a phone, a new actor is placed by its address: search, tap a place, save", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await signInWithPassword(page, "regie@zonnedal.demo");
  const name = `Fietsherstelling Station ${Date.now().toString(36)}`;
  await page.goto("/t/zonnedal/partners/actors/new");
  await page.getByLabel("Naam", { exact: true }).fill(name);
  const place = page.getByRole("combobox", { name: "Plek zoeken" });
  const places = page.getByRole("listbox", { name: "Gevonden plekken", includeHidden: true }).getByRole("option");
  // Nothing sent for fewer than 3 characters; an unknown street says so.
  await place.fill("St");
  await page.getByRole("button", { name: "Zoek de plek" }).click();
  await expect(page.getByText("Typ minstens 3 tekens.")).toBeVisible();
  await place.fill("Onbekende dreef 1");
  await page.getByRole("button", { name: "Zoek de plek" }).click();
  await expect(page.getByText(/Geen adres gevonden/)).toBeVisible();
  await place.fill("Spoorweglaan Vilvoorde");
  await page.getByRole("button", { name: "Zoek de plek" }).click();
  await expect(places).toHaveCount(3);
  // The results fit the phone's width.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  if (process.env.E2E_SCREENSHOTS) {
    // The point picker with the places found (the list lies over its map).
    await page
      .locator("figure")
      .filter({ has: place })
      .screenshot({ path: new URL("../../../docs/guide/img/partners-address-search-phone.png", import.meta.url).pathname });
  }
  await places.filter({ hasText: "Vilvoorde" }).click();
  await expect(page.getByLabel("Breedtegraad")).toHaveValue("50.9125");
  await expect(page.getByLabel("Lengtegraad")).toHaveValue("4.4321");
  await expect(page.getByText("Het punt staat op de kaart")).toBeVisible();
  await expectAccessible(page, "new actor placed by address on a phone");
  await page.getByRole("button", { name: "Actor toevoegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("50,9125")).toBeVisible();
});

test("a key figure's personal details show only on request; a partner never sees them", async ({ page, browser }) => {
  await signInWithPassword(page, "veldwerker@zonnedal.demo");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/t/zonnedal/partners/list?kinds=key_figure");
  const link = page.getByRole("link", { name: "Ouder die de klaschat beheert (Regenboog)" });
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: "Ouder die de klaschat beheert (Regenboog)" })).toBeVisible();
  const url = page.url();
  await expect(page.getByText("Persoonsgegevens van sleutelfiguren tonen we alleen op vraag.")).toBeVisible();
  await page.getByRole("button", { name: "Persoonsgegevens tonen" }).click();
  await expect(page.getByRole("region", { name: "Persoonsgegevens" })).toContainText("Toestemming gegeven");
  await expectAccessible(page, "key figure on a phone");
  // No sideways scrolling on a phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);

  const other = await browser.newPage();
  await signInWithPassword(other, "partner@zonnedal.demo");
  await other.goto(url);
  await expect(other.getByRole("heading", { level: 1, name: "Ouder die de klaschat beheert (Regenboog)" })).toBeVisible();
  await expect(other.getByRole("button", { name: "Persoonsgegevens tonen" })).toHaveCount(0);
  await expect(other.getByText("Verborgen (persoonsgegevens van een sleutelfiguur)")).toBeVisible();
  await other.close();
});
