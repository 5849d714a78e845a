import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { expectAccessible, signInWithPassword } from "./helpers";

/** Public forms refuse a post sooner than PUBLIC_MIN_FILL_SECONDS (3 s) after the form was shown: a person is slower. */
const FILL_TIME_MS = 3_500;
const TITLE_FR = "Enquête de quartier : comment vivez-vous ici ?";

// Bevragingen is on in the demo tenants (prisma/seed.ts); should an admin have switched it off, it is switched on for
// these tests and off again at the end (as offline.spec.ts does). The tests run one after another.
test.describe.configure({ mode: "serial" });
let switchedOnHere = false;

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext({ locale: "nl-BE" });
  const admin = await context.newPage();
  await signInWithPassword(admin, "admin@zonnedal.demo");
  await admin.goto("/t/zonnedal/modules");
  const on = admin.getByRole("button", { name: "Bevragingen inschakelen" });
  switchedOnHere = (await on.count()) > 0;
  if (switchedOnHere) {
    await on.click();
    await expect(admin.getByText("Bevragingen is ingeschakeld.")).toBeVisible();
  }
  await context.close();
});

test.afterAll(async ({ browser }) => {
  if (!switchedOnHere) return;
  const context = await browser.newContext({ locale: "nl-BE" });
  const admin = await context.newPage();
  await signInWithPassword(admin, "admin@zonnedal.demo");
  await admin.goto("/t/zonnedal/modules");
  await admin.getByRole("button", { name: "Bevragingen uitschakelen" }).click();
  await expect(admin.getByText("Bevragingen is uitgeschakeld.")).toBeVisible();
  await context.close();
});

// axe runs inside the page, so it cannot run where JavaScript is off: the public pages ship no script at all, so the
// same HTML is checked with axe in a JavaScript context (as burenhulp.spec.ts and public-site.spec.ts do).
test("a resident answers the public survey link in French on a phone without JavaScript, and gets a receipt", async ({ browser }) => {
  test.setTimeout(180_000);
  const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, locale: "fr-BE" });
  const page = await noJs.newPage();
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(r.url());
  });
  await page.goto("/zonnedal/bevragingen");
  await expect(page.getByRole("heading", { level: 1, name: "Donnez votre avis sur le quartier" })).toBeVisible();
  // Last year's round is closed: only this year's is listed.
  await expect(page.getByRole("link", { name: /l'an dernier/ })).toHaveCount(0);
  await page.getByRole("link", { name: TITLE_FR }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE_FR })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const form = page.url();

  await page.getByLabel(/Dans quel quartier habitez-vous/).selectOption({ label: "Molenwijk" });
  await page
    .getByRole("group", { name: /Que manque-t-il/ })
    .getByRole("checkbox", { name: "De la verdure" })
    .check();
  await page
    .getByRole("group", { name: /Vous sentez-vous parfois seul/ })
    .getByRole("radio", { name: "Non" })
    .check();
  // Asked only after "Oui": the resident answers it anyway; it is ignored, not refused.
  await page
    .getByRole("group", { name: /Souhaitez-vous qu'une personne passe/ })
    .getByRole("radio", { name: "Oui" })
    .check();
  await page.getByLabel(/Qu'aimeriez-vous voir changer/).fill("Plus de bancs sur la place");
  // Sent without the required scale: the page comes back with the question named, every answer kept.
  await page.waitForTimeout(FILL_TIME_MS);
  await page.getByRole("button", { name: "Envoyer mes réponses" }).click();
  await expect(page.getByRole("alert")).toContainText("« Aimez-vous vivre ici ? (1 = pas du tout, 5 = beaucoup) » demande une réponse.");
  await expect(page.getByLabel(/Qu'aimeriez-vous voir changer/)).toHaveValue("Plus de bancs sur la place");
  await expect(page.getByRole("group", { name: /Que manque-t-il/ }).getByRole("checkbox", { name: "De la verdure" })).toBeChecked();
  await page
    .getByRole("group", { name: /Aimez-vous vivre ici/ })
    .getByRole("radio", { name: "4" })
    .check();
  // She asks to be contacted again: her name and a phone number, and so a receipt with a reference code.
  await page.getByRole("checkbox", { name: /Oui, je suis d'accord/ }).check();
  await page.getByLabel(/Votre nom/).fill("Salma");
  await page.getByLabel(/Numéro de téléphone/).fill("0470 98 76 54");
  await page.waitForTimeout(FILL_TIME_MS);
  await page.getByRole("button", { name: "Envoyer mes réponses" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Merci !" })).toBeVisible();
  await expect(page.getByText(/Nous avons bien reçu vos réponses/)).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Votre code de référence" })).toBeVisible();
  await expect(page.getByTestId("reference")).toHaveText(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  expect(scripts).toEqual([]);
  const receipt = page.url();
  await noJs.close();

  const js = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "fr-BE" });
  const checked = await js.newPage();
  await checked.goto("/zonnedal/bevragingen");
  await expectAccessible(checked, "bevragingen public list (fr)");
  await checked.goto(form);
  await expect(checked.getByRole("heading", { level: 1, name: TITLE_FR })).toBeVisible();
  await expectAccessible(checked, "bevragingen public form (fr)");
  await checked.waitForTimeout(FILL_TIME_MS);
  await checked.getByRole("button", { name: "Envoyer mes réponses" }).click();
  await expect(checked.getByRole("alert").first()).toBeVisible();
  await expectAccessible(checked, "bevragingen public form with errors (fr)");
  await checked.goto(receipt);
  await expectAccessible(checked, "bevragingen receipt (fr)");
  await js.close();
});

test("a resident answers the public link in Arabic: the survey right to left, the form's own words in the site's language", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, locale: "nl-BE" });
  const page = await noJs.newPage();
  await page.goto("/zonnedal/bevragingen");
  await page.getByRole("link", { name: "Buurtbevraging: hoe woon je hier?" }).click();
  await page.getByRole("link", { name: "هذا الاستطلاع بالعربية" }).click();
  const title = page.getByRole("heading", { level: 1, name: "استطلاع الحي: كيف هي الحياة هنا؟" });
  await expect(title).toHaveAttribute("lang", "ar");
  await expect(title).toHaveAttribute("dir", "rtl");
  await expect(page.locator('section[lang="ar"][dir="rtl"]').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.getByLabel(/في أي حي تسكن/).selectOption({ label: "Molenwijk" });
  await page
    .getByRole("group", { name: /هل تحب العيش هنا/ })
    .getByRole("radio", { name: "3" })
    .check();
  // Sent without a required answer: the form comes back still in Arabic, the answers kept.
  await page.waitForTimeout(FILL_TIME_MS);
  await page.getByRole("button", { name: "Antwoorden versturen" }).click();
  await expect(page.getByRole("alert").first()).toBeVisible();
  await expect(title).toBeVisible();
  await page
    .getByRole("group", { name: /هل تشعر بالوحدة أحيانًا/ })
    .getByRole("radio", { name: "لا" })
    .check();
  await page.waitForTimeout(FILL_TIME_MS);
  await page.getByRole("button", { name: "Antwoorden versturen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bedankt!" })).toBeVisible();
  await noJs.close();

  const js = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "nl-BE" });
  const checked = await js.newPage();
  await checked.goto("/zonnedal/bevragingen");
  await checked.getByRole("link", { name: "Buurtbevraging: hoe woon je hier?" }).click();
  await checked.getByRole("link", { name: "هذا الاستطلاع بالعربية" }).click();
  await expect(checked.getByRole("heading", { level: 1, name: "استطلاع الحي: كيف هي الحياة هنا؟" })).toBeVisible();
  await expectAccessible(checked, "bevragingen public form (ar)");
  await js.close();
});

test("the regie sees charts and a hidden small group, breaks down, compares rounds and downloads CSV and PDFs", async ({ page }) => {
  test.setTimeout(180_000);
  await signInWithPassword(page, "regie@zonnedal.demo");
  await page.goto("/t/zonnedal/bevragingen");
  await page.getByRole("link", { name: "Buurtbevraging: hoe woon je hier?", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Buurtbevraging: hoe woon je hier?" })).toBeVisible();
  await expect(page.getByTestId("total")).toHaveText(/^\d+$/);
  // Answers in English are few: the cell is hidden, never a number.
  await expect(page.getByText("te weinig").first()).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /Hoe graag woon je hier/ })).toBeVisible();
  await expect(page.getByText("Citaten (nagelezen)").first()).toBeVisible();
  await expectAccessible(page, "bevragingen results");

  // A breakdown by language, as a plain form (no script needed).
  await page.getByLabel("Uitsplitsen").selectOption({ label: "Per taal" });
  await page.getByRole("button", { name: "Toon", exact: true }).click();
  await expect(page).toHaveURL(/breakdown=language/);
  await expect(page.getByRole("table").first()).toBeVisible();
  await expect(page.getByRole("table").first().getByText("te weinig").first()).toBeVisible();
  await expectAccessible(page, "bevragingen results by language");

  // Downloads: the CSV holds the same hidden cells as the screen.
  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "CSV", exact: true }).click()]);
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  const text = readFileSync((await csv.path()) ?? "", "utf8");
  expect(text).toContain('"Deel","Vraag","Antwoord","Groep","Aantal"');
  expect(text).toContain('"< 5"');
  const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Excel (XLSX)" }).click()]);
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  expect(
    readFileSync((await xlsx.path()) ?? "")
      .subarray(0, 2)
      .toString(),
  ).toBe("PK");
  // The PDFs are made in the background (a progress bar), then downloaded.
  const [summary] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Samenvatting (PDF)" }).click()]);
  expect(summary.suggestedFilename()).toMatch(/\.pdf$/);
  expect(
    readFileSync((await summary.path()) ?? "")
      .subarray(0, 5)
      .toString(),
  ).toBe("%PDF-");
  await page.getByLabel("Taal van het papieren formulier").selectOption({ label: "Français" });
  const [paper] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Formulier om af te drukken (PDF)" }).click(),
  ]);
  expect(paper.suggestedFilename()).toBe("bevraging-fr.pdf");

  await expect(page.getByText("De PDF is klaar en gedownload.").first()).toBeVisible();

  // Last year's round next to this one.
  await page.getByRole("link", { name: "Naast de vorige ronde tonen" }).click();
  await expect(page.getByRole("heading", { level: 3, name: "Vorige ronde" }).first()).toBeVisible();
  await expectAccessible(page, "bevragingen two rounds side by side");

  // Open answers are read before quoting: one is marked quotable with a label, and is then listed as quotable.
  await page.getByRole("link", { name: "Open antwoorden nalezen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Open antwoorden/ })).toBeVisible();
  const label = `e2e-${Date.now()}`;
  const form = page
    .locator("form")
    .filter({ has: page.getByLabel("Mag geciteerd worden") })
    .first();
  await form.getByLabel("Mag geciteerd worden").check();
  await form.getByLabel(/^Labels/).fill(`groen, ${label}`);
  await form.getByRole("button", { name: "Bewaren" }).click();
  await expect(form.getByText("Bewaard", { exact: true })).toBeVisible();
  await expectAccessible(page, "bevragingen open answers review");
  await page.getByRole("link", { name: "Mag geciteerd", exact: true }).click();
  await expect
    .poll(async () => page.getByLabel(/^Labels/).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)))
    .toContain(`groen, ${label}`);
});

test("a field worker types in a paper form with the keyboard only", async ({ page }) => {
  test.setTimeout(120_000);
  await signInWithPassword(page, "veldwerker@zonnedal.demo");
  await page.goto("/t/zonnedal/bevragingen");
  await page.getByRole("link", { name: "Buurtbevraging: hoe woon je hier?", exact: true }).click();
  await page.getByRole("link", { name: "Papieren formulieren intypen" }).click();
  await expect(page.getByText(/Je voerde/)).toBeVisible();
  const before = (await page.getByText(/Je voerde/).textContent()) ?? "";
  await expectAccessible(page, "bevragingen paper entry");
  // The first field (the neighbourhood by its number), then Tab from field to field, Enter saves.
  await page.getByLabel(/In welke buurt woon je/).focus();
  await page.keyboard.type("2");
  await page.keyboard.press("Tab");
  await page.keyboard.type("9");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Typ een nummer van 1 tot 5.")).toBeVisible();
  await expect(page.getByLabel(/Hoe graag woon je hier/)).toBeFocused();
  await page.keyboard.press("Backspace");
  await page.keyboard.type("4");
  await page.keyboard.press("Tab");
  await page.keyboard.type("12");
  await page.keyboard.press("Tab");
  await page.keyboard.type("1 3");
  await page.keyboard.press("Tab");
  await page.keyboard.type("2");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Bewaard. Het volgende formulier.")).toBeVisible();
  await expect(page.getByLabel(/In welke buurt woon je/)).toBeFocused();
  await expect(page.getByLabel(/In welke buurt woon je/)).toHaveValue("");
  await expect(page.getByText(/Je voerde/)).not.toHaveText(before);

  // After sending, she reads her own answers (never anyone else's): the newest is this paper form.
  await page.goto("/t/zonnedal/bevragingen");
  await page.getByRole("link", { name: "Buurtbevraging: hoe woon je hier?", exact: true }).click();
  await page.getByRole("link", { name: "Mijn antwoorden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Mijn antwoorden: Buurtbevraging/ })).toBeVisible();
  await expect(page.getByText(/Antwoorden van anderen zie je niet/)).toBeVisible();
  const newest = page.locator("ol > li").first();
  await expect(newest.getByText(/Op papier/)).toBeVisible();
  await expect(newest.getByText("12", { exact: true })).toBeVisible();
  await expectAccessible(page, "bevragingen my answers");
});

test("the regie sees the field worker's refused answer, with who entered it, and can put it aside", async ({ page }) => {
  test.setTimeout(120_000);
  await signInWithPassword(page, "regie@zonnedal.demo");
  await page.goto("/t/zonnedal/bevragingen");
  await page
    .getByRole("link", { name: /\(vorig jaar\)/ })
    .first()
    .click();
  await page.getByRole("link", { name: /geweigerd antwoord van het team wacht op een beslissing/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Geweigerde antwoorden" })).toBeVisible();
  await expect(page.getByText(/Ingevoerd door Fatima Veldwerker/)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()?.width ?? 1280);
  await expectAccessible(page, "bevragingen refused answers (regie)");
  await page.getByRole("button", { name: "Opzijleggen" }).first().click();
  await expect(page.getByText(/Ingevoerd door Fatima Veldwerker/)).toHaveCount(0);
});

test("the regie previews a survey as respondents see it on a phone: languages, skip logic, a street question, nothing stored", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "nl-BE" });
  const page = await context.newPage();
  await signInWithPassword(page, "regie@zonnedal.demo");
  await page.goto("/t/zonnedal/bevragingen");
  const title = `Voorbeeld ${Date.now()}`;
  await page.getByLabel("Titel (Nederlands)").fill(title);
  await page.getByRole("button", { name: "Maken en vragen opstellen" }).click();
  await expect(page).toHaveURL(/\/edit$/);

  // A choice question, then a street question shown only after "Nee".
  await page.getByRole("button", { name: "Vraag toevoegen" }).click();
  const first = page.locator("article").nth(0);
  await first.getByRole("group", { name: "Vraag" }).getByLabel("NL").fill("Voel je je veilig in je straat?");
  await first.getByRole("group", { name: "Vraag" }).getByLabel("FR").fill("Vous sentez-vous en sécurité dans votre rue ?");
  await first.getByRole("group", { name: "Keuze 1" }).getByLabel("NL").fill("Ja");
  await first.getByRole("group", { name: "Keuze 1" }).getByLabel("FR").fill("Oui");
  await first.getByRole("group", { name: "Keuze 2" }).getByLabel("NL").fill("Nee");
  await first.getByRole("group", { name: "Keuze 2" }).getByLabel("FR").fill("Non");
  await page.getByRole("button", { name: "Vraag toevoegen" }).click();
  const second = page.locator("article").nth(1);
  await second.getByLabel("Soort vraag").selectOption({ label: "Straat" });
  await second.getByRole("group", { name: "Vraag" }).getByLabel("NL").fill("Welke straat bedoel je?");
  await second.getByRole("group", { name: "Vraag" }).getByLabel("FR").fill("De quelle rue parlez-vous ?");
  await second.getByLabel("Toon deze vraag").selectOption({ label: "Voel je je veilig in je straat?" });
  await second.getByLabel("als het antwoord is").selectOption({ label: "Nee" });

  // The preview: the form as at the door, marked as a preview, with nothing stored.
  await page.getByRole("button", { name: "Voorbeeld", exact: true }).click();
  await expect(page.getByRole("heading", { name: /zo ziet de bewoner de bevraging/ })).toBeVisible();
  await expect(page.getByText("wordt nergens bewaard")).toBeVisible();
  await expect(page.getByLabel(/Welke straat bedoel je/)).toHaveCount(0);
  await page.getByRole("radio", { name: "Nee" }).check();
  await expect(page.getByLabel(/Welke straat bedoel je/)).toBeVisible();
  await page.getByLabel(/Welke straat bedoel je/).fill("Kerkstraat 12");
  await page.getByRole("button", { name: "Versturen (voorbeeld)" }).click();
  await expect(page.getByText(/alleen de straat, zonder huisnummer/).first()).toBeVisible();
  await page.getByLabel(/Welke straat bedoel je/).fill("Kerkstraat");
  await page.getByRole("button", { name: "Versturen (voorbeeld)" }).click();
  await expect(page.getByText("Er is niets bewaard of verstuurd.", { exact: false })).toBeVisible();
  // The respondent's language: the questions switch, skip logic still applies.
  await page.getByRole("radio", { name: "Français" }).check();
  await expect(page.getByText("Vous sentez-vous en sécurité dans votre rue ?")).toBeVisible();
  await expect(page.getByLabel(/De quelle rue parlez-vous/)).toHaveCount(0);
  await page.getByRole("radio", { name: "Non" }).check();
  await expect(page.getByLabel(/De quelle rue parlez-vous/)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page, "bevragingen preview");

  // Back to the builder with every question kept; the survey has no answers.
  await page.getByRole("button", { name: "Terug naar de vragen" }).click();
  await expect(page.locator("article").nth(1).getByRole("group", { name: "Vraag" }).getByLabel("NL")).toHaveValue(
    "Welke straat bedoel je?",
  );
  await page.goto("/t/zonnedal/bevragingen");
  await expect(page.getByRole("listitem").filter({ hasText: title }).getByText("nog geen antwoorden")).toBeVisible();
  await context.close();
});

test("the regie gives the survey its title in every language (publishing says what is missing), keeps it 6 months, publishes and closes it", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signInWithPassword(page, "regie@zonnedal.demo");
  await page.goto("/t/zonnedal/bevragingen");
  const title = `Talen ${Date.now()}`;
  await page.getByLabel("Titel (Nederlands)").fill(title);
  await page.getByRole("button", { name: "Maken en vragen opstellen" }).click();
  await expect(page).toHaveURL(/\/edit$/);

  // One question in both languages of the survey (Dutch and French by default).
  await page.getByRole("button", { name: "Vraag toevoegen" }).click();
  const first = page.locator("article").nth(0);
  await first.getByLabel("Soort vraag").selectOption({ label: "Kort antwoord" });
  await first.getByRole("group", { name: "Vraag" }).getByLabel("NL").fill("Wat mis je in de buurt?");
  await first.getByRole("group", { name: "Vraag" }).getByLabel("FR").fill("Que vous manque-t-il dans le quartier ?");
  const part = page.locator("section").filter({ has: page.getByRole("group", { name: "Titel van het deel" }) });
  await part.getByRole("group", { name: "Titel van het deel" }).getByLabel("NL").fill("Jouw buurt");

  // Publishing first says, in words, what has no text yet: the survey's title and the part in French.
  await page.getByRole("button", { name: "Bewaren en publiceren" }).click();
  await expect(page.getByText("Titel van de bevraging: nog geen tekst in Français")).toBeVisible();
  await expect(page.getByText("Deel 1 «Jouw buurt»: nog geen tekst in Français")).toBeVisible();
  await expect(page.getByText(/zonder vertaling/)).toBeVisible();
  await expectAccessible(page, "bevragingen builder with what is missing");

  // The survey itself: its French title and a retention of 6 months.
  const settings = page.getByRole("region", { name: "De bevraging" });
  await settings.getByRole("group", { name: "Titel in elke taal" }).getByLabel("Français").fill(`Langues ${title}`);
  await settings.getByLabel("Bewaartermijn (maanden na het afsluiten)").fill("6");
  await settings.getByRole("button", { name: "Bewaren", exact: true }).click();
  await expect(page.getByText("De bevraging is bewaard.")).toBeVisible();
  await part.getByRole("group", { name: "Titel van het deel" }).getByLabel("FR").fill("Votre quartier");
  await page.getByRole("button", { name: "Bewaren en publiceren" }).click();
  await expect(page.getByText("Gepubliceerd: de bevraging is open.")).toBeVisible();

  // Published: the languages are fixed; the retention is kept.
  await page.reload();
  await expect(settings.getByText("De talen liggen vast sinds de bevraging gepubliceerd is.", { exact: false })).toBeVisible();
  await expect(settings.getByRole("checkbox", { name: "Français" })).toBeDisabled();
  await expect(settings.getByLabel("Bewaartermijn (maanden na het afsluiten)")).toHaveValue("6");

  // Closing asks first; then the survey is closed and takes no answers.
  await page.getByRole("link", { name: "Terug naar de bevraging" }).click();
  await expect(page.getByText("Open", { exact: true }).first()).toBeVisible();
  await page.getByRole("button", { name: "Bevraging afsluiten" }).click();
  await expect(page.getByRole("dialog", { name: "Deze bevraging afsluiten?" })).toBeVisible();
  await page.getByRole("dialog").getByRole("button", { name: "Afsluiten", exact: true }).click();
  await expect(page.getByText("De bevraging is afgesloten.")).toBeVisible();
  await expect(page.getByText("Afgesloten", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Antwoorden invoeren" })).toHaveCount(0);
});

test("an open survey's results are counted again every minute while the page is open", async ({ page }) => {
  test.setTimeout(120_000);
  await page.clock.install();
  await signInWithPassword(page, "regie@zonnedal.demo");
  await page.goto("/t/zonnedal/bevragingen");
  await page.getByRole("link", { name: "Buurtbevraging: hoe woon je hier?", exact: true }).click();
  await expect(page.getByText("De cijfers worden elke 60 seconden opnieuw geteld zolang deze pagina open is.")).toBeVisible();
  // A minute later the page asks the server for the figures again (a React Server Components request), by itself.
  // (A link's prefetch is another request: it carries next-router-prefetch and another path.)
  const again = page.waitForRequest(
    (r) => r.headers().rsc === "1" && !r.headers()["next-router-prefetch"] && /\/bevragingen\/surveys\/[0-9a-f-]{36}(\?|$)/.test(r.url()),
  );
  await page.clock.fastForward(61_000);
  await again;
  await expect(page.getByTestId("total")).toHaveText(/^\d+$/);
});
