import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { expectAccessible, signInWithPassword } from "./helpers";

/**
 * Buurtanalyse's report (BA-10): the regie picks an audience (plain links), exports the council's PDF (a job with a
 * progress bar; its text has the hypothesis and the quote with the council's consent, not the one without), writes the
 * residents' summary and sees it on the public site without JavaScript, with only the residents' quote.
 */

async function noToasts(page: Page) {
  await expect(page.locator("[data-sonner-toast]")).toHaveCount(0, { timeout: 15_000 });
}

async function noSideways(page: Page, label: string) {
  const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scroll, `${label} scrolls sideways`).toBeLessThanOrEqual(width);
}

/** The text of every page of a PDF (pdf.js, as the integration tests read PDFs). */
async function pdfText(path: string): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(path)), isEvalSupported: false, verbosity: 0 }).promise;
  const out: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    out.push(content.items.map((i) => ("str" in i ? i.str : "")).join(" "));
  }
  await doc.destroy();
  return out.join(" ").replace(/\s+/g, " ");
}

const HYPOTHESIS = "In onze buurt wonen meer huurders dan eigenaars.";
/** Quotes of the demo analysis: for everyone, for the council only, for the team only. */
const FOR_ALL = "Hier kom ik mijn buren tegen; thuis zie ik niemand.";
const FOR_COUNCIL = "We zitten hier elke dag, ook in de winter.";
const TEAM_ONLY = "Sinds de lift kapot is, kom ik bijna niet meer buiten.";

test("the report per audience: the council's PDF with consented quotes only, and the residents' summary on the public site", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const stamp = Date.now().toString(36);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInWithPassword(page, "regie@zonnedal.demo");
  await page.goto("/t/zonnedal/buurtanalyse");
  await page.getByRole("link", { name: "Buurtanalyse Molenwijk 2025" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Buurtanalyse Molenwijk 2025" })).toBeVisible();
  const report = `${page.url().replace(/\/$/, "")}/report`;

  // The council's report: chosen with a plain link; the council's quotes, not the team's.
  await page.goto(report);
  await page.getByRole("link", { name: "De gemeenteraad" }).click();
  await expect(page).toHaveURL(/\?audience=gemeenteraad$/);
  await expect(page.getByRole("link", { name: "De gemeenteraad" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByText(HYPOTHESIS).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Cijfers naast elkaar" })).toBeVisible();
  await expect(page.getByText(FOR_ALL)).toBeVisible();
  await expect(page.getByText(FOR_COUNCIL)).toBeVisible();
  await expect(page.getByText(TEAM_ONLY)).toHaveCount(0);
  await expectAccessible(page, "council's report");

  // Its PDF: a job with a progress bar, then the download.
  const downloading = page.waitForEvent("download", { timeout: 90_000 });
  await page.getByRole("button", { name: "Download als PDF" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("buurtanalyse-molenwijk-2025-gemeenteraad.pdf");
  const text = await pdfText((await download.path()) as string);
  expect(text).toContain(HYPOTHESIS);
  expect(text).toContain(FOR_ALL);
  expect(text).toContain(FOR_COUNCIL);
  expect(text).not.toContain(TEAM_ONLY);
  await expect(page.getByText("De PDF is klaar en wordt gedownload.")).toBeVisible();
  await noToasts(page);

  // The residents' view: plain words, the residents' summary to write and (already) published.
  await page.getByRole("link", { name: "Bewoners (eenvoudige taal)" }).click();
  await expect(page).toHaveURL(/\?audience=bewoners$/);
  await expect(page.getByRole("heading", { name: "Wat we hoorden", exact: true })).toBeVisible();
  await expect(page.getByText(TEAM_ONLY)).toHaveCount(0);
  await expect(page.getByText(FOR_COUNCIL)).toHaveCount(0);
  const heard = `Oudere buren in de torens voelen zich vaak alleen ${stamp}.`;
  await page.getByLabel("Wat we hoorden (NL)").fill(heard);
  await page.getByRole("button", { name: "Samenvatting bewaren" }).click();
  await expect(page.getByText("De samenvatting is bewaard.")).toBeVisible();
  await noToasts(page);
  await expect(page.getByText(heard).first()).toBeVisible();
  await expectAccessible(page, "residents' report");

  // Taken off the public site, then published again (explicitly).
  await page.getByRole("button", { name: "Niet meer publiceren" }).click();
  await expect(page.getByText("Nog niet gepubliceerd.")).toBeVisible();
  const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, locale: "nl-BE" });
  const pub = await noJs.newPage();
  await pub.goto("/zonnedal/buurtanalyse");
  await expect(pub.getByRole("heading", { level: 1, name: "Wat we hoorden en wat we doen" })).toBeVisible();
  await expect(pub.getByText("Er is nog niets gepubliceerd.")).toBeVisible();
  await page.getByRole("button", { name: "Publiceren" }).click();
  await expect(page.getByRole("link", { name: "Bekijk op de publieke site" })).toBeVisible();

  // On the public site, without JavaScript, on a phone: what we heard, what we do, the residents' quote only.
  await pub.goto("/zonnedal/buurtanalyse");
  await pub.getByRole("link", { name: "Molenwijk", exact: true }).click();
  await expect(pub.getByRole("heading", { level: 1, name: "Wat we hoorden en wat we doen" })).toBeVisible();
  await expect(pub.getByText(heard)).toBeVisible();
  await expect(pub.getByRole("heading", { name: "Wat we doen", exact: true })).toBeVisible();
  await expect(pub.getByText("Koffieronde in de torens")).toBeVisible();
  await expect(pub.getByText(FOR_ALL)).toBeVisible();
  await expect(pub.getByText(FOR_COUNCIL)).toHaveCount(0);
  await expect(pub.getByText(TEAM_ONLY)).toHaveCount(0);
  await noSideways(pub, "public summary");
  const summaryUrl = pub.url();
  await noJs.close();
  // axe needs JavaScript to run: the same page in a context with it.
  const js = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "nl-BE" });
  const checked = await js.newPage();
  await checked.goto(summaryUrl);
  await expectAccessible(checked, "public summary");
  await checked.goto("/zonnedal/buurtanalyse");
  await expectAccessible(checked, "public summaries");
  await js.close();

  // The report on a phone: no sideways scrolling.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${report}?audience=gemeenteraad`);
  await noSideways(page, "council's report on a phone");
});
