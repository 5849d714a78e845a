import { expect, type Page, test } from "@playwright/test";
import { expectAccessible, signInWithPassword } from "./helpers";

/** Public forms refuse a post sooner than PUBLIC_MIN_FILL_SECONDS (3 s) after the form was shown: a person is slower. */
const FILL_TIME_MS = 3_500;

/** Waits until the captured mail to an address has a subject matching `subject` (the worker sends it). */
async function expectMail(page: Page, to: string, subject: RegExp) {
  await expect
    .poll(
      async () => {
        await page.goto(`/dev/mail?to=${encodeURIComponent(to)}`);
        return page.getByRole("heading", { level: 2, name: subject }).count();
      },
      { timeout: 60_000, intervals: [1_000] },
    )
    .toBeGreaterThan(0);
}

test("a resident without JavaScript on a phone, in French, sends the contact form and gets a receipt; in Dutch with JavaScript; the contact point answers by mail", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  const amina = `amina-${stamp}@buren.example`;
  const jan = `jan-${stamp}@buren.example`;

  // 1. No JavaScript, a 390 x 844 phone, a French browser.
  const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, locale: "fr-BE" });
  const page = await noJs.newPage();
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(r.url());
  });
  await page.goto("/zonnedal");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1, name: "Zonnedal solidaire" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await page.getByRole("link", { name: "Posez une question ou envoyez-nous un message" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Envoyez-nous un message" })).toBeVisible();
  await page.getByLabel(/Votre nom/).fill("Amina");
  await page.getByLabel(/Votre adresse e-mail/).fill(amina);
  await page.getByLabel(/Votre quartier/).selectOption({ index: 1 });
  await page.getByLabel(/Votre message/).fill("Je cherche quelqu'un pour m'accompagner au marché le samedi.");
  // Sent without the consent: the page comes back with the reason, the text kept.
  await page.waitForTimeout(FILL_TIME_MS);
  await page.getByRole("button", { name: "Envoyer le message" }).click();
  await expect(page.getByRole("alert")).toContainText("Cochez la case");
  await expect(page.getByLabel(/Votre message/)).toHaveValue(/marché le samedi/);
  await page.getByRole("checkbox").check();
  await page.waitForTimeout(FILL_TIME_MS);
  await page.getByRole("button", { name: "Envoyer le message" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Merci, nous avons reçu votre message" })).toBeVisible();
  const reference = (await page.getByTestId("reference").textContent())?.trim() ?? "";
  expect(reference).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  // The language switch keeps the page, its reference included.
  await page.getByRole("link", { name: "Nederlands" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bedankt, we hebben je bericht" })).toBeVisible();
  await expect(page.getByTestId("reference")).toHaveText(reference);
  await page.getByRole("link", { name: "Français" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Merci, nous avons reçu votre message" })).toBeVisible();

  await page.getByRole("link", { name: "Comment nous traitons vos données" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Déclaration de confidentialité" })).toBeVisible();
  // The language switch is a plain link; the choice is remembered.
  await page.getByRole("link", { name: "Nederlands" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Privacyverklaring" })).toBeVisible();
  await page.goto("/zonnedal");
  await expect(page.getByRole("heading", { level: 1, name: "Zorgzaam Zonnedal" })).toBeVisible();
  // Not one script on the public pages.
  expect(scripts).toEqual([]);
  expect(await page.locator("script").count()).toBe(0);
  await noJs.close();

  // 2. With JavaScript, in Dutch (axe needs JavaScript in the page: every public page is checked here, in French and
  // in Dutch; they are the same HTML with or without JavaScript).
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "nl-BE" });
  const nl = await phone.newPage();
  for (const [lang, path] of [
    ["fr", "/zonnedal"],
    ["fr", "/zonnedal/contact"],
    ["fr", "/zonnedal/privacy"],
    ["fr", `/zonnedal/contact/received?ref=${reference}`],
    ["nl", "/zonnedal"],
    ["nl", "/zonnedal/privacy"],
  ] as const) {
    await nl.goto(`${path}${path.includes("?") ? "&" : "?"}lang=${lang}`);
    await expect(nl.locator("html")).toHaveAttribute("lang", lang);
    await expectAccessible(nl, `${path} (${lang})`);
  }
  // The page for an address that does not exist (or a site that is off) is a public page too.
  const missing = await nl.goto("/zonnedal/bestaat-niet");
  expect(missing?.status()).toBe(404);
  await expect(nl.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(nl, "not found (nl)");
  await nl.goto("/zonnedal/contact");
  await expect(nl.getByRole("heading", { level: 1, name: "Stuur ons een bericht" })).toBeVisible();
  await nl.getByLabel(/Je naam/).fill("Jan");
  await nl.getByLabel(/Je e-mailadres/).fill(jan);
  await nl.getByLabel(/Je bericht/).fill("Mijn buurman is gevallen en kan niet meer alleen boodschappen doen.");
  // Without the consent first: the page with its error summary, checked by axe too.
  await nl.waitForTimeout(FILL_TIME_MS);
  await nl.getByRole("button", { name: "Bericht versturen" }).click();
  await expect(nl.getByRole("alert")).toContainText("Vink aan");
  await expectAccessible(nl, "contact form with an error (nl)");
  await nl.getByRole("checkbox").check();
  await nl.waitForTimeout(FILL_TIME_MS);
  await nl.getByRole("button", { name: "Bericht versturen" }).click();
  await expect(nl.getByRole("heading", { level: 1, name: "Bedankt, we hebben je bericht" })).toBeVisible();
  await expectAccessible(nl, "receipt (nl)");
  await expectMail(nl, jan, /Ontvangen: je bericht/);
  await phone.close();

  // 3. The contact point: both messages in the inbox; a reply reaches the resident's mailbox.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signInWithPassword(staff, "regie@zonnedal.demo");
  // The regie is the contact point (nobody chosen in the demo): her home tells her which new messages wait.
  await staff.goto("/t/zonnedal");
  await expect(staff.getByRole("heading", { name: "Nieuw bij het aanspreekpunt" })).toBeVisible();
  await expect(staff.getByRole("link", { name: "Amina" }).first()).toBeVisible();
  await expect(staff.getByRole("link", { name: /Alle nieuwe berichten \(\d+\)/ })).toBeVisible();
  await staff.goto("/t/zonnedal/contact");
  await expect(staff.getByRole("link", { name: "Amina" }).first()).toBeVisible();
  await expect(staff.getByText(reference)).toBeVisible();
  await expect(staff.getByRole("link", { name: /Aanspreekpunt \(\d+ nieuw\)/ }).first()).toBeVisible();
  await expectAccessible(staff, "contact point inbox");
  await staff.getByRole("link", { name: "Amina" }).first().click();
  await expect(staff.getByRole("heading", { level: 1, name: "Bericht van Amina" })).toBeVisible();
  await expectAccessible(staff, "contact point message");
  await staff.getByLabel("Je antwoord").fill("Bonjour Amina, une voisine peut vous accompagner samedi. Nous vous appelons.");
  await staff.getByRole("button", { name: "Antwoord versturen" }).click();
  await expect(staff.getByText("Une voisine peut vous accompagner", { exact: false })).toBeVisible();
  await expectMail(staff, amina, /Réponse à votre message/);
  await staffContext.close();
});
