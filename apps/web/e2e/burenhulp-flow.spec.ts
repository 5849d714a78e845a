import { expect, type Page, test } from "@playwright/test";
import { expectAccessible, latestMailLink, signInWithPassword } from "./helpers";

/** Public forms refuse a post sooner than PUBLIC_MIN_FILL_SECONDS (3 s) after the form was shown: a person is slower. */
const FILL_TIME_MS = 3_500;
const PHONE = { width: 390, height: 844 };
const VOLUNTEER = "vrijwilliger@zonnedal.demo";

async function noToasts(page: Page) {
  await expect(page.locator("[data-sonner-toast]")).toHaveCount(0, { timeout: 15_000 });
}

/** The address a mail's link points at, as a path on this server. */
const pathOf = (href: string) => {
  const u = new URL(href, "http://x");
  return `${u.pathname}${u.search}`;
};

// Issue 12's acceptance flow, after the public no-JS form of burenhulp.spec.ts: the match confirmed by a field worker
// reaches the helper by mail and on her phone, and the follow-up is answered by the mailed link without JavaScript.
test("a French request is matched with a helper, who gets the mail, sees it on her phone and answers the follow-up", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE, locale: "fr-BE" });
  const resident = await noJs.newPage();
  await resident.goto("/zonnedal/burenhulp");
  await resident.getByRole("radio", { name: "Je cherche de l'aide" }).check();
  await resident.getByRole("radio", { name: "Petites courses" }).check();
  await resident.getByLabel(/Dans quel quartier/).selectOption({ label: "Molenwijk" });
  await resident.getByLabel(/Dans quelle rue/).fill("Rue du Moulin");
  await resident.getByLabel("Votre nom").fill("Nadia Voisine");
  await resident.getByLabel("Numéro de téléphone").fill("0470 98 76 54");
  await resident.getByRole("checkbox").check();
  await resident.waitForTimeout(FILL_TIME_MS);
  await resident.getByRole("button", { name: "Envoyer" }).click();
  await expect(resident.getByRole("heading", { level: 1, name: "Merci !" })).toBeVisible();

  // The field worker triages it; three helpers who speak French are proposed, each with why; she confirms Vera.
  const staff = await browser.newContext({ viewport: PHONE, locale: "nl-BE" });
  const worker = await staff.newPage();
  await signInWithPassword(worker, "veldwerker@zonnedal.demo");
  await worker.goto("/t/zonnedal/burenhulp?status=intake");
  await worker.getByRole("link", { name: /Kleine boodschappen doen · Nadia Voisine/ }).click();
  await worker.getByRole("radio", { name: "Klein helpen" }).check();
  await worker.getByRole("button", { name: "Bewaar de inschatting" }).click();
  await expect(worker.getByText("Inschatting bewaard")).toBeVisible();
  const propose = worker.getByRole("button", { name: /^Stel .+ voor$/ });
  // At least the three French-speaking Saturday helpers of the demo (others of the month may speak French too).
  await expect(propose.nth(2)).toBeVisible();
  await expect(worker.getByText(/spreekt Frans/).first()).toBeVisible();
  await noToasts(worker);
  await expectAccessible(worker, "burenhulp request with French-speaking candidates");
  await worker.getByRole("button", { name: "Stel Vera Vrijwilliger voor" }).click();
  const steps = worker.getByRole("group", { name: "Stappen: Vera Vrijwilliger" });
  await steps.getByRole("button", { name: "Bevestig" }).click();
  await expect(worker.getByText("Vera Vrijwilliger · Bevestigd")).toBeVisible();
  const requestUrl = worker.url();

  // The helper's mail (local SMTP capture), and her own page on her phone.
  const mailPage = await staff.newPage();
  const own = await latestMailLink(mailPage, VOLUNTEER, "/burenhulp/mine");
  expect(own).toContain("/t/zonnedal/burenhulp/mine");
  const helperCtx = await browser.newContext({ viewport: PHONE, locale: "nl-BE" });
  const helper = await helperCtx.newPage();
  await signInWithPassword(helper, VOLUNTEER);
  await helper.goto("/t/zonnedal/burenhulp/mine");
  await expect(helper.getByRole("heading", { level: 1, name: "Wat ik doe voor buren" })).toBeVisible();
  await expect(helper.getByText("Kleine boodschappen doen · Nadia")).toBeVisible();
  await expect(helper.getByText(/Rue du Moulin/).first()).toBeVisible();
  expect(await helper.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(helper, "burenhulp helper's own page");

  // The follow-up: the worker asks now; the helper answers by the mailed link, without JavaScript.
  await worker.goto(requestUrl);
  await worker.getByRole("button", { name: "Vraag nu aan beiden hoe het ging" }).click();
  await expect(worker.getByText("Eén e-mail verstuurd.")).toBeVisible();
  const link = pathOf(await latestMailLink(mailPage, VOLUNTEER, "/burenhulp/follow-up"));
  const plain = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE, locale: "nl-BE" });
  const answer = await plain.newPage();
  await answer.goto(link);
  await expect(answer.getByRole("heading", { level: 1, name: "Hoe ging het?" })).toBeVisible();
  await answer.getByRole("radio", { name: "Ja" }).check();
  await answer.getByRole("radio", { name: "Goed", exact: true }).check();
  await answer.waitForTimeout(FILL_TIME_MS);
  await answer.getByRole("button", { name: "Versturen" }).click();
  await expect(answer.getByText("Je antwoord is goed aangekomen.")).toBeVisible();
  await plain.close();
  // axe needs JavaScript in the page: the same public HTML, checked in a JavaScript context.
  await helper.goto(link);
  await expect(helper.getByText("Je antwoordde al. Bedankt!")).toBeVisible();
  await expectAccessible(helper, "burenhulp follow-up page");
  await worker.reload();
  await expect(worker.getByText(/Vera Vrijwilliger: Ja · Goed/)).toBeVisible();
  await expectAccessible(worker, "burenhulp request with follow-up");
  await helperCtx.close();
  await staff.close();
  await noJs.close();
});

test("a partner refers a mould problem; it is flagged heavy and referred on, and the partner sees only the status", async ({ browser }) => {
  test.setTimeout(180_000);
  const partnerCtx = await browser.newContext({ locale: "nl-BE" });
  const partner = await partnerCtx.newPage();
  await signInWithPassword(partner, "partner@zonnedal.demo");
  await partner.goto("/t/zonnedal/burenhulp/refer");
  await expect(partner.getByRole("heading", { level: 1, name: "Iemand doorverwijzen" })).toBeVisible();
  await expectAccessible(partner, "burenhulp partner referral");
  await partner.getByLabel("Voornaam van de bewoner").fill("Karim");
  await partner.getByLabel("Achternaam").fill("Schimmelzorg");
  await partner.getByLabel("Telefoon").fill("0471 11 22 33");
  await partner.getByLabel("Buurt").selectOption({ label: "Molenwijk" });
  await partner.getByLabel("Wat is er aan de hand?").fill("Er zit schimmel in de slaapkamer; de kinderen hoesten.");
  await partner.getByRole("checkbox", { name: /^Dringend/ }).check();
  await partner.getByRole("checkbox", { name: /^Gecontacteerd worden/ }).check();
  await partner.getByRole("button", { name: "Doorverwijzen" }).click();
  await expect(partner.getByRole("status").filter({ hasText: "Verstuurd. Referentie:" })).toBeVisible();
  const reference =
    ((await partner.getByRole("status").filter({ hasText: "Verstuurd" }).textContent()) ?? "").match(/[A-Z0-9]{4}-[A-Z0-9]{4}/)?.[0] ?? "";
  const sent = partner.getByRole("region", { name: "Wat je doorverwees" });
  const mine = sent.getByRole("listitem").filter({ hasText: reference });
  await expect(mine).toContainText("Ontvangen");
  await expect(partner.getByText("Schimmelzorg")).toHaveCount(0);

  // The field worker: the referral is in intake with the housing signal; she marks it heavy and refers it to a service.
  const staff = await browser.newContext({ locale: "nl-BE" });
  const worker = await staff.newPage();
  await signInWithPassword(worker, "veldwerker@zonnedal.demo");
  await worker.goto("/t/zonnedal/burenhulp?status=intake");
  await worker.getByRole("link", { name: /· Karim Schimmelzorg/ }).click();
  await expect(worker.getByText(/de kinderen hoesten/)).toBeVisible();
  await expect(worker.getByRole("checkbox", { name: /^Dringend/ })).toBeChecked();
  await expect(worker.getByRole("checkbox", { name: /Woning/ })).toBeChecked();
  await worker.getByRole("radio", { name: "Zwaar: naar een dienst" }).check();
  await worker.getByRole("button", { name: "Bewaar de inschatting" }).click();
  await expect(worker.getByText("Inschatting bewaard")).toBeVisible();
  const service = worker.getByLabel("Dienst van de partnerkaart");
  const first = await service.locator("option").nth(1).getAttribute("value");
  if (first) await service.selectOption(first);
  else await worker.getByLabel("Of typ de naam van een dienst").fill("Woonwinkel");
  await worker.getByRole("button", { name: "Verwijs door" }).click();
  await expect(worker.getByText("Doorverwezen", { exact: true }).first()).toBeVisible();
  await noToasts(worker);
  await expectAccessible(worker, "burenhulp referred request");
  await staff.close();

  await partner.reload();
  await expect(sent.getByRole("listitem").filter({ hasText: reference })).toContainText("Doorverwezen");
  await expect(partner.getByText("Karim")).toHaveCount(0);
  await partnerCtx.close();
});

test("a field worker records a request from a printed card for a new person, and edits an offer", async ({ page }) => {
  test.setTimeout(180_000);
  await signInWithPassword(page, "veldwerker@zonnedal.demo");
  await page.goto("/t/zonnedal/burenhulp/new?side=ask");
  await expect(page.getByRole("heading", { level: 1, name: "Een hulpvraag noteren" })).toBeVisible();
  await expectAccessible(page, "burenhulp intake");
  await page.getByLabel("Zoek een persoon").fill("Niemand Bestaat Zo");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page.getByText(/Niemand gevonden/)).toBeVisible();
  await page.getByLabel("Voornaam").fill("Jozef");
  await page.getByLabel("Achternaam").fill("Kaartje");
  await page.getByLabel("Telefoon").fill("0472 00 11 22");
  await page.getByRole("checkbox", { name: /Gecontacteerd worden over burenhulp/ }).check();
  await page.getByLabel("Hoe kwam de vraag binnen?").selectOption("card");
  await page.getByLabel("Soort hulp").selectOption({ label: "Vuilnis buiten zetten" });
  await page.getByLabel("Buurt").selectOption({ label: "Molenwijk" });
  await page.getByRole("button", { name: "Vraag opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Vuilnis buiten zetten · Jozef Kaartje/ })).toBeVisible();
  await expect(page.getByText("Kaartje of affiche")).toBeVisible();

  await page.goto("/t/zonnedal/burenhulp/offers");
  await expectAccessible(page, "burenhulp offers");
  await page.getByRole("link", { name: /^Kleine boodschappen doen · Vera Vrijwilliger/ }).click();
  await page.getByLabel("Eigen grens: hoe vaak per maand?").fill("2");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("Opgeslagen.")).toBeVisible();
  await noToasts(page);
  await expectAccessible(page, "burenhulp offer");
});
