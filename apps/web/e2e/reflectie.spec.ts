import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { expectAccessible, signInWithPassword } from "./helpers";

/** Waits for toasts to go (a toast fading in or out is half transparent, which axe reports as low contrast). */
async function settled(page: Page) {
  await expect(page.locator("[data-sonner-toast]")).toHaveCount(0, { timeout: 15_000 });
}

/**
 * The Reflectie module end to end, in Zonnedal (where the demo seed leaves it switched off): regie switches it on,
 * plans a session, draws three questions from the fan, writes answers and an action point, closes with the successes
 * and exports the PDF; the field worker invited to it reads the report. Axe runs on every page on the way.
 */
test("regie runs a reflection session and exports its report; the invited field worker reads it", async ({ page, browser }) => {
  // Longer than it needs on a quiet machine: the planned-session step adds a reload and an axe run.
  test.setTimeout(300_000);
  const stamp = Date.now().toString(36);
  const title = `Teamreflectie ${stamp}`;
  const action = `Kennismaken met de apotheker (${stamp})`;

  await signInWithPassword(page, "regie@zonnedal.demo");

  // 1. Enable the module (a second run finds it enabled already).
  await page.goto("/t/zonnedal/modules");
  await expectAccessible(page, "modules");
  const enable = page.getByRole("button", { name: "Reflectie inschakelen" });
  if (await enable.count()) {
    await enable.click();
    await expect(page.getByRole("button", { name: "Reflectie uitschakelen" })).toBeVisible();
  }

  // 2. The start page, and the pages around it.
  await page.goto("/t/zonnedal/reflectie");
  await expect(page.getByRole("heading", { level: 1, name: "Reflectie" })).toBeVisible();
  await expectAccessible(page, "reflectie start");
  for (const [path, heading] of [
    ["sessions", "Sessies"],
    ["actions", "Actiepunten"],
    ["questions", "Vragenwaaier"],
    ["rhythm", "Ritme"],
  ] as const) {
    await page.goto(`/t/zonnedal/reflectie/${path}`);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectAccessible(page, `reflectie ${path}`);
  }

  // 3. Plan a session with two themes and the field worker.
  await page.goto("/t/zonnedal/reflectie");
  await page.getByRole("link", { name: "Nieuwe sessie" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nieuwe sessie" })).toBeVisible();
  await expectAccessible(page, "new session");
  await page.getByLabel("Titel").fill(title);
  await page.getByRole("checkbox", { name: "Visie" }).check();
  await page.getByRole("checkbox", { name: "Netwerken" }).check();
  await page.getByRole("checkbox", { name: /Fatima Veldwerker/ }).check();
  await page.getByRole("button", { name: "Sessie aanmaken" }).click();
  await page.waitForURL(/\/t\/zonnedal\/reflectie\/sessions\/[0-9a-f-]{36}$/);
  const sessionUrl = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await settled(page);
  await expectAccessible(page, "session room (empty)");

  // 4. The session is only planned: the first draw asks before starting it ("Nee" leaves it planned, nothing drawn).
  const draw = page.getByRole("button", { name: "Trek een vraag" });
  await expect(page.getByText(/is nog niet gestart\. De eerste vraag start ze\./)).toBeVisible();
  await draw.click();
  const ask = page.getByRole("dialog", { name: "De sessie nu starten?" });
  await expect(ask).toBeVisible();
  await expect(ask).toContainText("Deze sessie is gepland voor");
  await expectAccessible(page, "session room (start the planned session?)");
  await ask.getByRole("button", { name: "Nee, nog niet" }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByLabel("Antwoord van de groep")).toHaveCount(0);
  await page.reload();
  await expect(page.getByText("Gepland", { exact: true })).toBeVisible();
  await draw.click();
  await ask.getByRole("button", { name: "Ja, sessie nu starten" }).click();
  await expect(page.getByLabel("Antwoord van de groep")).toHaveCount(1);
  await expect(page.getByText(/is nog niet gestart/)).toHaveCount(0);

  // Then three questions from the fan in all, without asking again.
  await expect(page.getByRole("heading", { level: 2, name: "1 vraag" })).toBeVisible();
  for (const [n, label] of [
    [2, "2 vragen"],
    [3, "3 vragen"],
  ] as const) {
    await draw.click();
    await expect(page.getByRole("heading", { level: 2, name: label })).toBeVisible();
    await expect(page.getByLabel("Antwoord van de groep")).toHaveCount(n);
    await expect(draw).toBeEnabled();
  }

  // 5. Answers and insights (autosaved).
  const answers = page.getByLabel("Antwoord van de groep");
  const insights = page.getByLabel("Inzichten");
  for (let i = 0; i < 3; i++) {
    await answers.nth(i).fill(`Ons antwoord op vraag ${i + 1}: we werken samen met het dienstencentrum.`);
    await insights.nth(i).fill(`Inzicht ${i + 1}: vaker samen de buurt in.`);
  }
  await insights.nth(2).blur();
  await expect(page.getByRole("status").filter({ hasText: "Opgeslagen" })).toHaveCount(3);
  await settled(page);

  // 6. An action point with an owner and a due date.
  await page.getByLabel("Wat gaan we doen?").fill(action);
  await page.getByLabel("Wie neemt het op?").selectOption({ label: "Fatima Veldwerker" });
  await page.getByLabel("Tegen wanneer? (optioneel)").fill("2030-01-15");
  await page.getByRole("button", { name: "Actiepunt toevoegen" }).click();
  await expect(page.getByText(action, { exact: true })).toBeVisible();
  await expect(page.getByText(/^Eigenaar: Fatima Veldwerker/)).toBeVisible();
  await settled(page);
  await expectAccessible(page, "session room (with questions and an action point)");

  // 7. The closing step: closing without successes is refused, with them it closes.
  await page.getByRole("button", { name: "Sessie afsluiten" }).click();
  await expect(page.getByText("Schrijf eerst op wat goed ging en waar jullie trots op zijn.").first()).toBeVisible();
  await page.getByLabel("Onze successen").fill("Drie nieuwe gezinnen kwamen naar het buurtfeest. We zijn trots op Fatima's wandelingen.");
  await page.getByRole("button", { name: "Sessie afsluiten" }).click();
  await expect(page.getByText("Deze sessie is afgesloten", { exact: true })).toBeVisible();
  await settled(page);
  await expectAccessible(page, "session room (closed)");

  // 8. The report, and its PDF.
  await page.getByRole("link", { name: "Verslag" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: `Verslag: ${title}` })).toBeVisible();
  await expect(page.getByText(action, { exact: true })).toBeVisible();
  await expectAccessible(page, "report");
  const downloading = page.waitForEvent("download", { timeout: 60_000 });
  await page.getByRole("button", { name: "Downloaden als PDF" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^reflectie-\d{4}-\d{2}-\d{2}-teamreflectie-.*\.pdf$/);
  const pdfPath = await download.path();
  expect(pdfPath).toBeTruthy();
  const head = readFileSync(pdfPath as string).subarray(0, 5);
  expect(head.toString("latin1")).toBe("%PDF-");
  await expect(page.getByText("De PDF is klaar en wordt gedownload.")).toBeVisible();
  const reportUrl = new URL(page.url()).pathname;

  // 9. The field worker, invited, reads the report; the session shows in her list.
  const other = await browser.newContext();
  const fw = await other.newPage();
  await signInWithPassword(fw, "veldwerker@zonnedal.demo");
  await fw.goto(reportUrl);
  await expect(fw.getByRole("heading", { level: 1, name: `Verslag: ${title}` })).toBeVisible();
  await expect(fw.getByText("Drie nieuwe gezinnen kwamen naar het buurtfeest.", { exact: false })).toBeVisible();
  await expectAccessible(fw, "report (field worker)");
  await fw.goto("/t/zonnedal/reflectie/sessions");
  await expect(fw.getByRole("link", { name: title, exact: true })).toBeVisible();
  await expectAccessible(fw, "sessions (field worker)");
  await fw.goto(sessionUrl);
  await expect(fw.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await fw.goto("/t/zonnedal/reflectie/actions");
  await expect(fw.getByText(action, { exact: true })).toBeVisible();
  await expectAccessible(fw, "actions (field worker)");
  // Question sets are for regie: the field worker gets "no access".
  expect((await fw.goto("/t/zonnedal/reflectie/questions"))?.status()).toBe(403);
  await expect(fw.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
  await other.close();
});
