import { expect, test } from "@playwright/test";
import { expectAccessible, signInWithPassword } from "./helpers";

/**
 * Import of the Partners module: regie uploads a municipal list as people have it (semicolons, Windows-1252, accents,
 * a title line above the header, a column we do not recognise), matches the columns, looks at the preview, starts the
 * import and watches the progress bar reach 100 %; the imported actor is then on the list. Axe on every page.
 */
test("regie imports a semicolon Windows-1252 CSV with accents, with a progress bar reaching 100 %", async ({ page }) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const name = `Buurthuis Ééntje ${stamp}`;
  const lines = [
    "Verenigingenlijst gemeente Zonnedal;;;;;",
    "Organisatie naam;Soort;Straat;Huisnummer;Postcode;Gemeente",
    `${name};vereniging;Kerkstraat;12;3000;Leuven`,
    `Café 't Hoekske ${stamp};handelszaak;Naamsestraat;3;3000;Leuven`,
    `Leesclub Zoë & Björn ${stamp};vereniging;Dorpsstraat;7;3000;Leuven`,
  ];
  // Windows-1252 is Latin-1 for these letters: é, ë, ö are one byte each, as Excel writes them.
  const bytes = Buffer.from(`${lines.join("\r\n")}\r\n`, "latin1");

  await signInWithPassword(page, "regie@zonnedal.demo");
  await page.goto("/t/zonnedal/partners/import");
  await expect(page.getByRole("heading", { level: 1, name: "Importeren en exporteren" })).toBeVisible();
  await expectAccessible(page, "import");

  await page
    .getByLabel("Bestand", { exact: true })
    .setInputFiles({ name: `verenigingen-${stamp}.csv`, mimeType: "text/csv", buffer: bytes });
  await page.getByRole("button", { name: "Bestand opladen" }).click();
  await page.waitForURL(/\/t\/zonnedal\/partners\/import\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: `verenigingen-${stamp}.csv` })).toBeVisible();
  await expect(page.getByText("Tekenset: windows-1252")).toBeVisible();
  await expectAccessible(page, "import mapping");

  // "Organisatie naam" is not a name we recognise: the user says it holds the name.
  const nameColumn = page.getByLabel("Naam (verplicht)");
  await expect(nameColumn).toHaveValue("");
  await nameColumn.selectOption("0");
  await expect(page.getByLabel("Straat", { exact: true })).toHaveValue("2");
  await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
  await expect(page.getByText("3 rijen gelezen: 3 zonder problemen, 0 met een probleem, 0 mogelijke dubbels.")).toBeVisible();
  await expect(page.getByText("Geen problemen gevonden.")).toBeVisible();
  await expectAccessible(page, "import preview");

  await page.getByRole("button", { name: "Import starten" }).click();
  const bar = page.getByRole("progressbar", { name: "Voortgang van de import" });
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute("aria-valuenow", "100", { timeout: 60_000 });
  await expect(page.getByText("3 actoren toegevoegd, 0 bijgewerkt, 0 overgeslagen.")).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole("link", { name })).toBeVisible();
  await expectAccessible(page, "import done");

  // The imported actor is on the list (with its accents intact) and has its own page.
  await page.goto(`/t/zonnedal/partners/list?q=${encodeURIComponent(stamp)}`);
  await expect(page.getByRole("link", { name }).first()).toBeVisible();
  await expectAccessible(page, "list with the imported actors");
  await page.getByRole("link", { name }).first().click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  // The import is in the history on the import page.
  await page.goto("/t/zonnedal/partners/import");
  await expect(page.getByRole("link", { name: `verenigingen-${stamp}.csv` })).toBeVisible();
});
