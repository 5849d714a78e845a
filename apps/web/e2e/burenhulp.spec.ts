import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { expectAccessible, signInWithPassword } from "./helpers";

/** Public forms refuse a post sooner than PUBLIC_MIN_FILL_SECONDS (3 s) after the form was shown: a person is slower. */
const FILL_TIME_MS = 3_500;

/** Waits for toasts to go (a toast fading in or out is half transparent, which axe reports as low contrast). */
async function noToasts(page: Page) {
  await expect(page.locator("[data-sonner-toast]")).toHaveCount(0, { timeout: 15_000 });
}

// axe runs inside the page, so it cannot run where JavaScript is off (its analyze() never returns there). The public
// pages ship no script at all, so the same HTML is checked with axe in a JavaScript context (as public-site.spec.ts).
test("a resident on a phone, in French and without JavaScript, asks for help with shopping; the field worker sees it in intake", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, locale: "fr-BE" });
  const page = await noJs.newPage();
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(r.url());
  });
  await page.goto("/zonnedal/burenhulp");
  await expect(page.getByRole("heading", { level: 1, name: "Demander ou offrir de l'aide" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await page.getByRole("radio", { name: "Je cherche de l'aide" }).check();
  await page.getByRole("radio", { name: "Petites courses" }).check();
  await page.getByRole("radio", { name: "Régulièrement" }).check();
  await page.getByLabel(/Quel jour ou quel moment/).fill("Le samedi matin");
  await page.getByLabel(/Dans quel quartier/).selectOption({ label: "Molenwijk" });
  await page.getByLabel(/Dans quelle rue/).fill("Rue du Moulin");
  await page.getByLabel("Votre nom").fill("Amina Buur");
  await page.getByLabel("Numéro de téléphone").fill("0470 12 34 56");
  // Sent without the consent: the page comes back with the reason, the answers kept.
  await page.waitForTimeout(FILL_TIME_MS);
  await page.getByRole("button", { name: "Envoyer" }).click();
  await expect(page.getByRole("alert")).toContainText("Cochez que nous pouvons vous contacter");
  await expect(page.getByLabel("Votre nom")).toHaveValue("Amina Buur");
  await page.getByRole("checkbox").check();
  await page.waitForTimeout(FILL_TIME_MS);
  await page.getByRole("button", { name: "Envoyer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Merci !" })).toBeVisible();
  await expect(page.getByText(/Nous avons bien reçu votre demande/)).toBeVisible();
  // Her receipt's reference code, the one she quotes to ask for a copy or erasure of her details.
  await expect(page.getByRole("heading", { level: 2, name: "Votre code de référence" })).toBeVisible();
  await expect(page.getByTestId("reference")).toHaveText(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  expect(scripts).toEqual([]);
  const thanks = page.url();
  await noJs.close();

  // The same pages, checked by axe (which needs JavaScript in the page): the form, the form with its error, the thanks.
  const js = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "fr-BE" });
  const checked = await js.newPage();
  await checked.goto("/zonnedal/burenhulp");
  await expect(checked.getByRole("heading", { level: 1, name: "Demander ou offrir de l'aide" })).toBeVisible();
  await expectAccessible(checked, "burenhulp public form (fr)");
  await checked.waitForTimeout(FILL_TIME_MS);
  await checked.getByRole("button", { name: "Envoyer" }).click();
  await expect(checked.getByRole("alert").first()).toBeVisible();
  await expectAccessible(checked, "burenhulp public form with an error (fr)");
  await checked.goto(thanks);
  await expect(checked.getByRole("heading", { level: 1, name: "Merci !" })).toBeVisible();
  await expectAccessible(checked, "burenhulp thank-you page (fr)");
  await js.close();

  // The field worker of Molenwijk finds it among the requests to review.
  const staff = await browser.newContext({ locale: "nl-BE" });
  const worker = await staff.newPage();
  await signInWithPassword(worker, "veldwerker@zonnedal.demo");
  await worker.goto("/t/zonnedal/burenhulp?status=intake");
  await expect(worker.getByRole("link", { name: /Kleine boodschappen doen · Amina Buur/ })).toBeVisible();
  await staff.close();
});

test("a field worker triages a request, sees the proposed helpers with why, and confirms one", async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await signInWithPassword(page, "veldwerker@zonnedal.demo");
  await page.goto("/t/zonnedal/burenhulp?status=open&weight=unsure");
  await expect(page.getByRole("heading", { level: 1, name: "Burenhulp" })).toBeVisible();
  await expectAccessible(page, "burenhulp requests");
  await page
    .getByRole("link", { name: /^Kleine boodschappen doen · / })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 2, name: "Voorgestelde helpers" })).toBeVisible();
  await expectAccessible(page, "burenhulp request");

  // Triage: small help (a person decides).
  await page.getByRole("radio", { name: "Klein helpen" }).check();
  await page.getByRole("button", { name: "Bewaar de inschatting" }).click();
  await expect(page.getByText("Inschatting bewaard")).toBeVisible();
  await expect(page.getByText("Klein helpen", { exact: true }).first()).toBeVisible();

  // Three helpers proposed, each with a reason in plain Dutch.
  const propose = page.getByRole("button", { name: /^Stel .+ voor$/ });
  await expect(propose).toHaveCount(3);
  await expect(
    page
      .getByRole("list")
      .filter({ has: propose.first() })
      .getByText(/deze maand/)
      .first(),
  ).toBeVisible();
  await noToasts(page);
  await expectAccessible(page, "burenhulp request with candidates");
  const name = ((await propose.first().textContent()) ?? "").replace(/^Stel /, "").replace(/ voor$/, "");
  await propose.first().click();
  await expect(page.getByText(`${name} is voorgesteld`)).toBeVisible();

  // Contact both, then confirm: the request is matched.
  const steps = page.getByRole("group", { name: `Stappen: ${name}` });
  await steps.getByRole("button", { name: "Contact gelegd" }).click();
  await expect(page.getByText(`${name} · Contact gelegd`)).toBeVisible();
  await steps.getByRole("button", { name: "Bevestig" }).click();
  await expect(page.getByText(`${name} · Bevestigd`)).toBeVisible();
  await expect(page.getByText("Gekoppeld", { exact: true }).first()).toBeVisible();
  await noToasts(page);
  await expectAccessible(page, "burenhulp request, confirmed");

  // The helpers' load: no ranking, the limit each set herself.
  await page.goto("/t/zonnedal/burenhulp/helpers");
  await expect(page.getByRole("heading", { level: 1, name: "Helpers en hun grens" })).toBeVisible();
  await expect(page.getByText("aan haar grens").first()).toBeVisible();
  await expectAccessible(page, "burenhulp helpers");
});

test("regie makes a printable: the Burenbox card in French, with progress, and downloads it", async ({ page }) => {
  test.setTimeout(120_000);
  await signInWithPassword(page, "regie@zonnedal.demo");
  await page.goto("/t/zonnedal/burenhulp");
  await page.getByRole("link", { name: "Drukwerk" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Drukwerk voor burenhulp" })).toBeVisible();
  await expectAccessible(page, "burenhulp printables");
  await page.getByRole("radio", { name: /Kaartje «Hallo, ik ben jouw buur!»/ }).check();
  await page.getByLabel("Taal van het drukwerk").selectOption("fr");
  const downloading = page.waitForEvent("download", { timeout: 60_000 });
  await page.getByRole("button", { name: "PDF maken" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("burenhulp-card-fr.pdf");
  const path = await download.path();
  expect(
    readFileSync(path as string)
      .subarray(0, 5)
      .toString("latin1"),
  ).toBe("%PDF-");
  await expect(page.getByText("De PDF is klaar en gedownload.")).toBeVisible();
  // The list of recent printables shows it, to download again.
  await expect(page.getByRole("button", { name: "Downloaden" }).first()).toBeVisible();
  await noToasts(page);
  await expectAccessible(page, "burenhulp printables after a download");
});
