import { expect, type Page, test } from "@playwright/test";
import { expectAccessible, signInWithPassword } from "./helpers";

const BASE = "/t/brussel-noord/partners/evaluation";

/** Picks an actor of the round by name in the "go to actor" list. */
async function goToActor(page: Page, name: string) {
  const jump = page.getByLabel("Ga naar actor");
  const value = await jump.locator("option", { hasText: name }).first().getAttribute("value");
  expect(value, `${name} is in the round`).not.toBeNull();
  await jump.selectOption(value as string);
  await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
}

async function saved(page: Page) {
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: /^Bewaard$/ })
      .first(),
  ).toBeVisible();
}

/**
 * A network evaluation round end to end, in Brussel-Noord (where the demo seed left a closed round and an open one):
 * the regie starts a round, answers the guiding questions for two actors, writes a whole-network answer and a
 * follow-up, closes the round applying one proposed status, and compares it with the spring round. Axe on every page.
 */
test("regie runs a network evaluation round and compares it with an earlier round", async ({ page }) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  const title = `Evaluatie e2e ${stamp}`;
  const followUp = `Café uitnodigen op het buurtfeest (${stamp})`;

  await signInWithPassword(page, "regie@brussel-noord.demo");

  // 1. The rounds so far (from the demo seed) and the start form.
  await page.goto(BASE);
  await expect(page.getByRole("heading", { level: 1, name: "Netwerkevaluatie" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Évaluation du réseau – printemps" })).toBeVisible();
  await expectAccessible(page, "evaluation rounds");

  await page.getByLabel("Titel").fill(title);
  await expect(page.getByText(/\d+ actoren in deze ronde/)).toBeVisible();
  await page.getByRole("button", { name: "Ronde starten" }).click();
  await page.waitForURL(/\/partners\/evaluation\/[0-9a-f-]{36}/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText(/^Actor 1 van \d+$/)).toBeVisible();
  await expectAccessible(page, "round: first actor");

  // 2. Two actors: the café (of the regie's own organisation) gets a proposed new status.
  await goToActor(page, "Café des Aînés");
  await page.getByRole("group", { name: "Werken we echt samen?" }).getByRole("radio", { name: "Ja" }).check();
  await saved(page);
  await page.getByRole("group", { name: "Is het wederzijds?" }).getByRole("radio", { name: "Gedeeltelijk" }).check();
  await page.getByLabel("Welke relatie willen we de komende periode?").selectOption({ label: "Occasionele partner" });
  await saved(page);
  await page.getByLabel("Wie opent hier deuren naar andere netwerken?").fill("De voorzitster kent alle oudere buren van de straat.");
  await page.getByLabel("Wie opent hier deuren naar andere netwerken?").blur();
  await saved(page);
  await expectAccessible(page, "round: an answered actor");

  await goToActor(page, "Kinésithérapeute (cabinet de quartier)");
  await page.getByRole("group", { name: "Werken we echt samen?" }).getByRole("radio", { name: "Nee" }).check();
  await page
    .getByRole("group", { name: "Is deze band de moeite om (opnieuw) wakker te maken?" })
    .getByRole("radio", { name: "Ja" })
    .check();
  await saved(page);
  // Next and previous walk through the actors one at a time.
  const position = await page.getByText(/^Actor \d+ van \d+$/).textContent();
  await page.getByRole("button", { name: "Volgende actor" }).click();
  await expect(page.getByText(/^Actor \d+ van \d+$/)).not.toHaveText(position ?? "");
  await page.getByRole("button", { name: "Vorige actor" }).click();
  await expect(page.getByText(/^Actor \d+ van \d+$/)).toHaveText(position ?? "");
  await expect(page.getByRole("navigation", { name: "Stappen van de ronde" })).toContainText("2 van");

  // 3. The whole network.
  const steps = page.getByRole("navigation", { name: "Stappen van de ronde" });
  await steps.getByRole("button", { name: /Heel het netwerk/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Heel het netwerk" })).toBeVisible();
  await page.getByLabel("Wie ontbreekt er in ons netwerk?").fill("Jongeren en nieuwkomers bereiken we nauwelijks.");
  await page.getByLabel("Wie ontbreekt er in ons netwerk?").blur();
  await saved(page);
  await expectAccessible(page, "round: whole network");

  // 4. A follow-up about the café, made from the café's questions.
  await steps.getByRole("button", { name: /Actoren/ }).click();
  await goToActor(page, "Café des Aînés");
  await page.getByRole("button", { name: "Afspraak maken over deze actor" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Afspraken" })).toBeVisible();
  await expect(page.getByLabel("Over", { exact: true }).locator("option:checked")).toHaveText("Café des Aînés");
  await page.getByLabel("Wat gaan we doen?").fill(followUp);
  await page.getByLabel("Wie neemt het op?").selectOption({ label: "Régis Regie" });
  await page.getByLabel("Tegen wanneer?").fill("2030-03-01");
  await page.getByRole("button", { name: "Afspraak toevoegen" }).click();
  await expect(page.getByText("Afspraak toegevoegd.")).toBeVisible();
  const item = page.getByRole("listitem").filter({ hasText: followUp });
  await expect(item).toBeVisible();
  await expect(item).toContainText("Over Café des Aînés");
  await expect(item).toContainText("Door Régis Regie");
  await expectAccessible(page, "round: follow-ups");

  // 5. Close, applying the café's proposed status.
  await steps.getByRole("button", { name: /Afsluiten/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Ronde afsluiten" })).toBeVisible();
  const change = page.getByRole("checkbox", { name: "Café des Aînés: van Intensieve partner naar Occasionele partner" });
  await expect(change).toBeChecked();
  await expectAccessible(page, "round: close");
  await page.getByRole("button", { name: "Ronde afsluiten" }).click();
  const dialog = page.getByRole("dialog", { name: "Ronde afsluiten?" });
  await expect(dialog).toContainText("1 actor krijgt een nieuwe status.");
  await dialog.getByRole("button", { name: "Afsluiten", exact: true }).click();
  await expect(page.getByText("Ronde afgesloten. 1 status aangepast.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Deze ronde is afgesloten" })).toBeVisible();
  await expect(page.getByText("Café des Aînés: nu Occasionele partner")).toBeVisible();
  await expectAccessible(page, "round: closed");

  // 6. Compare with the spring round.
  await page.goto(BASE);
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await page.getByRole("link", { name: "Rondes vergelijken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rondes vergelijken" })).toBeVisible();
  const pick = page.getByRole("group", { name: "Welke rondes?" });
  for (const box of await pick.getByRole("checkbox").all()) await box.uncheck();
  await pick.getByRole("checkbox", { name: new RegExp(`^${title}`) }).check();
  await pick.getByRole("checkbox", { name: /^Évaluation du réseau – printemps/ }).check();
  await page.getByRole("button", { name: "Vergelijken" }).click();
  await page.waitForURL(/rounds=/);
  const figures = page.getByRole("table", { name: "Cijfers van de gekozen rondes naast elkaar" });
  await expect(figures.getByRole("columnheader", { name: new RegExp(title) })).toBeVisible();
  await expect(figures.getByRole("columnheader", { name: /Évaluation du réseau – printemps/ })).toBeVisible();
  await expect(figures.getByRole("row", { name: /Statussen aangepast bij het afsluiten/ })).toContainText("1");
  // The physiotherapist was occasional in spring and dormant now: a move, listed by default.
  await expect(page.getByRole("table", { name: "Per actor de antwoorden in elke ronde" })).toContainText(
    "Kinésithérapeute (cabinet de quartier)",
  );
  await expectAccessible(page, "compare");
});
