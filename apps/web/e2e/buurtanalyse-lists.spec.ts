import ExcelJS from "exceljs";
import { expect, type Page, test } from "@playwright/test";
import { expectAccessible, signInWithPassword } from "./helpers";

/**
 * Buurtanalyse's tenant-owned pieces (issue 13): a starter list made the tenant's own and put back, an Excel file of
 * sector figures, and the evaluation of an action, on the demo analysis of Molenwijk.
 */

async function noToasts(page: Page) {
  await expect(page.locator("[data-sonner-toast]")).toHaveCount(0, { timeout: 15_000 });
}

async function openDemoAnalysis(page: Page) {
  await page.goto("/t/zonnedal/buurtanalyse");
  await page.getByRole("link", { name: "Buurtanalyse Molenwijk 2025" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Buurtanalyse Molenwijk 2025" })).toBeVisible();
  return page.url();
}

test("the regie makes a starter list her own (reworded, one added, in order), sees it in the analysis, and puts the standard back", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  await signInWithPassword(page, "regie@zonnedal.demo");
  await page.goto("/t/zonnedal/buurtanalyse");
  await page.getByRole("link", { name: "Startlijsten aanpassen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Startlijsten van de buurtanalyse" })).toBeVisible();
  // The demo's own action-plan questions; the others are standard.
  const prompts = page.getByRole("listitem").filter({ hasText: "Actieplan: vragen bij het plannen" });
  await expect(prompts.getByText("Eigen versie")).toBeVisible();
  await expectAccessible(page, "starter lists");

  await page.getByRole("link", { name: "Voorbereiding: de houdingen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Voorbereiding: de houdingen" })).toBeVisible();
  const first = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Item 1" }) });
  await first.getByLabel("Nederlands").fill(`Nieuwsgierig blijven ${stamp}`);
  await page.getByRole("button", { name: "Item toevoegen" }).click();
  const added = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Item 5" }) });
  // An item without words is named by its number, and nothing is saved.
  await page.getByRole("button", { name: "Lijst bewaren" }).click();
  await expect(page.getByText("Item 5 heeft nog geen tekst")).toBeVisible();
  await added.getByLabel("Nederlands").fill(`Samen met bewoners ${stamp}`);
  await expect(added.getByText("Vertaling ontbreekt: Frans, Engels")).toBeVisible();
  await added.getByRole("button", { name: "Hoger" }).click();
  await page.getByRole("button", { name: "Lijst bewaren" }).click();
  await expect(page.getByText("De lijst is bewaard.")).toBeVisible();
  await noToasts(page);
  await expectAccessible(page, "a starter list being changed");

  // The analysis's preparation shows the tenant's words, the new one before the last standard one.
  const analysis = await openDemoAnalysis(page);
  await page.goto(`${analysis}/sections/voorbereiding`);
  const attitudes = page.getByRole("listitem").filter({ hasText: stamp });
  await expect(attitudes).toHaveText([`Nieuwsgierig blijven ${stamp}`, `Samen met bewoners ${stamp}`]);

  // Put back: the standard words return.
  await page.goto("/t/zonnedal/buurtanalyse/lists?list=attitudes");
  await page.getByRole("button", { name: "Standaardlijst terugzetten" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Standaardlijst terugzetten" }).click();
  await expect(page.getByText("De standaardlijst staat terug.")).toBeVisible();
  await page.goto(`${analysis}/sections/voorbereiding`);
  await expect(page.getByText("Verkennen, niet beoordelen")).toBeVisible();
  await expect(page.getByText(stamp)).toHaveCount(0);
});

test("figures come in from an Excel file with a title line; an action of the plan is evaluated on a phone", async ({ page }) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  const indicator = `Alleenwonend 65+ ${stamp}`;
  await signInWithPassword(page, "regie@zonnedal.demo");
  const analysis = await openDemoAnalysis(page);

  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Statbel");
  sheet.addRow(["Statbel, alleenwonende 65-plussers per sector"]);
  sheet.addRow(["sector", "indicator", "jaar", "waarde"]);
  sheet.addRow(["24999A01", indicator, 2024, 12]);
  sheet.addRow(["24999A02", indicator, 2024, "twaalf"]);
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());

  await page.goto(`${analysis}/sections/ronde2`);
  const importForm = page.locator("form").filter({ has: page.getByRole("button", { name: "Inlezen" }) });
  // A file chosen before the page is interactive can be lost to hydration: choose it again until the import answers.
  await page.waitForLoadState("networkidle");
  await expect(async () => {
    await importForm.getByLabel("Bestand").setInputFiles({
      name: `sectoren-${stamp}.xlsx`,
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer,
    });
    await importForm.getByRole("button", { name: "Inlezen" }).click();
    await expect(importForm.getByRole("status").first()).toContainText("1 rij ingelezen in 1 indicator; 1 rij niet ingelezen.", {
      timeout: 10_000,
    });
  }).toPass({ timeout: 60_000 });
  // Excel's own row number: the title line is row 1, the header row 2.
  await expect(importForm.getByText('Rij 4: de waarde "twaalf" is geen getal.')).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Ingelezen indicatoren, opgeteld tot de buurt" }).getByRole("cell", { name: indicator, exact: true }),
  ).toBeVisible();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${analysis}/sections/evaluatie`);
  await expect(page.getByRole("heading", { level: 2, name: "Evaluatie per actie" })).toBeVisible();
  const koffie = page.getByRole("listitem").filter({ hasText: "Koffieronde in de torens" });
  await expect(koffie.getByLabel("Resultaat: wat kwam eruit?")).toHaveValue(/38 deuren/);
  await koffie.getByLabel("Wat sturen we bij?").fill(`Ook op zaterdag, en in het Arabisch ${stamp}`);
  await koffie.getByLabel("Stand").selectOption("done");
  await koffie.getByRole("button", { name: "Evaluatie bewaren" }).click();
  await expect(koffie.getByText("Bewaard.")).toBeVisible();
  const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scroll).toBeLessThanOrEqual(width);
  await expectAccessible(page, "evaluation per action on a phone");
  await page.reload();
  await expect(page.getByRole("listitem").filter({ hasText: "Koffieronde in de torens" }).getByLabel("Wat sturen we bij?")).toHaveValue(
    new RegExp(stamp),
  );
});
