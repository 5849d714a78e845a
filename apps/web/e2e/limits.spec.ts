import { expect, type Page, test } from "@playwright/test";
import { expectAccessible, signInWithPassword } from "./helpers";

/**
 * A text longer than its field's limit is never cut: the field states the limit, counts near it, marks itself invalid
 * over it; saving is refused with a message that names the limit, in the person's language; the text stays in the
 * field, and nothing was saved. On a phone.
 */
test.use({ viewport: { width: 390, height: 844 } });

const NOTES_LIMIT = 10_000;
/** 10,001 characters of recognisable text, as pasted from elsewhere. */
const PASTED = "Lange notitie uit een verslag. ".repeat(400).slice(0, NOTES_LIMIT + 1);

/** The count shown under a field over its limit (screen readers get it from a polite live region instead). */
function visibleCount(page: Page) {
  return page.locator('[data-char-limit="over"] > [aria-hidden="true"]');
}

async function openEditForm(page: Page, nth: number, editLabel: RegExp) {
  await page.goto("/t/zonnedal/people");
  await page.locator('main li a[href*="/people/"]').nth(nth).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const url = page.url();
  await page.getByRole("button", { name: editLabel }).click();
  return url;
}

async function pasteOverLimit(page: Page) {
  const notes = page.locator("#person-notes");
  await notes.click();
  await notes.press("ControlOrMeta+a");
  // Inserted as a paste is: in one go, through the browser's own input path (a maxLength would cut it here).
  await page.keyboard.insertText(PASTED);
  expect((await notes.inputValue()).length).toBe(NOTES_LIMIT + 1);
  return notes;
}

test("a person's notes over 10,000 characters: the limit is shown and counted, saving is refused, nothing is cut or saved", async ({
  page,
}) => {
  await signInWithPassword(page, "regie@zonnedal.demo");
  const url = await openEditForm(page, 0, /Gegevens bewerken/);
  const notes = page.locator("#person-notes");
  await expect(page.getByText("max. 10.000 tekens")).toBeVisible();
  await pasteOverLimit(page);
  // Counted and marked invalid while typing, before any request.
  await expect(visibleCount(page)).toHaveText("1 teken te veel (max. 10.000)");
  await expect(notes).toHaveAttribute("aria-invalid", "true");
  await expect(notes).toHaveAttribute("aria-describedby", /person-notes-limit/);
  // Screen readers hear it once the typing pauses (a polite live region, not on every keystroke).
  await expect(page.locator('[aria-live="polite"]').filter({ hasText: "1 teken te veel" })).toHaveCount(1);
  await expectAccessible(page, "person form over the limit");

  await page.getByRole("button", { name: "Opslaan", exact: true }).click();
  const error = page.locator("#person-notes-error");
  await expect(error).toHaveText("Maximaal 10.000 tekens");
  // Said out loud by the form's error summary, which takes focus after the failed submit and links to the field.
  const summary = page.locator("[data-error-summary]");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("alert")).toContainText("Notities: Maximaal 10.000 tekens");
  await expect(notes).toHaveAttribute("aria-describedby", /person-notes-error/);
  // The text stays in the field, whole.
  expect((await notes.inputValue()).length).toBe(NOTES_LIMIT + 1);

  // Nothing was saved.
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Lange notitie uit een verslag.")).toHaveCount(0);
});

test("in French, the limit, the counter and the refusal are French", async ({ page, baseURL }) => {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "fr", url: baseURL ?? "http://localhost:3210" }]);
  await signInWithPassword(page, "regie@zonnedal.demo");
  const url = await openEditForm(page, 1, /Modifier les données/);
  const notes = page.locator("#person-notes");
  await expect(page.getByText(/^10\s000 caractères max\.$/u)).toBeVisible();
  await pasteOverLimit(page);
  await expect(visibleCount(page)).toHaveText(/^1 caractère de trop \(max\. 10\s000\)$/u);
  await expect(notes).toHaveAttribute("aria-invalid", "true");

  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(page.locator("#person-notes-error")).toHaveText(/^10\s000 caractères maximum$/u);
  expect((await notes.inputValue()).length).toBe(NOTES_LIMIT + 1);

  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Lange notitie uit een verslag.")).toHaveCount(0);
});

test("a reflection answer over 20,000 characters: autosave is refused with the limit named, not retried, and nothing is saved", async ({
  page,
}) => {
  await signInWithPassword(page, "regie@zonnedal.demo");
  // The demo seed leaves Reflectie off in Zonnedal (a later spec finds it on and leaves it so).
  await page.goto("/t/zonnedal/modules");
  const enable = page.getByRole("button", { name: "Reflectie inschakelen" });
  if (await enable.count()) {
    await enable.click();
    await expect(page.getByRole("button", { name: "Reflectie uitschakelen" })).toBeVisible();
  }
  await page.goto("/t/zonnedal/reflectie/sessions/new");
  await page.getByLabel("Titel").fill(`Grenzen ${Date.now().toString(36)}`);
  await page.getByRole("checkbox", { name: "Visie" }).check();
  await page.getByRole("button", { name: "Sessie aanmaken" }).click();
  await page.waitForURL(/\/t\/zonnedal\/reflectie\/sessions\/[0-9a-f-]{36}$/);
  const room = page.url();
  await page.getByRole("button", { name: "Trek een vraag" }).click();
  // A new session is planned: the first question starts it, after asking.
  await page.getByRole("dialog", { name: "De sessie nu starten?" }).getByRole("button", { name: "Ja, sessie nu starten" }).click();
  const answer = page.getByLabel("Antwoord van de groep");
  await expect(answer).toHaveCount(1);

  const pasted = "Wat we zagen in de buurt. ".repeat(800).slice(0, 20_001);
  await answer.click();
  await page.keyboard.insertText(pasted);
  expect((await answer.inputValue()).length).toBe(20_001);
  await expect(page.getByText("max. 20.000 tekens").first()).toBeVisible();
  await expect(visibleCount(page)).toHaveText("1 teken te veel (max. 20.000)");
  await expect(answer).toHaveAttribute("aria-invalid", "true");

  // Autosave runs after the pause in typing; leaving the field saves too. The server refuses, in words.
  await answer.blur();
  await expect(page.getByRole("alert").filter({ hasText: "Maximaal 20.000 tekens" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Niet opgeslagen: pas de tekst aan" })).toBeVisible();
  expect((await answer.inputValue()).length).toBe(20_001);
  // No retry loop: a refused text is sent again only when it changes (or the field is left again). Module forms call
  // procedures through a Server Action (ADR 0041): a POST with Next's action header.
  let retries = 0;
  page.on("request", (r) => {
    if (r.method() === "POST" && r.headers()["next-action"]) retries++;
  });
  await page.waitForTimeout(2_500);
  expect(retries).toBe(0);

  await page.goto(room);
  await expect(page.getByLabel("Antwoord van de groep")).toHaveValue("");
});

test("a people search over 100 characters stays as typed, is not searched, and the field names the limit", async ({ page }) => {
  await signInWithPassword(page, "regie@zonnedal.demo");
  const q = `Peeters ${"x".repeat(120)}`;
  await page.goto(`/t/zonnedal/people?q=${encodeURIComponent(q)}`);
  const field = page.locator("#people-q");
  await expect(field).toHaveValue(q);
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Zoek met hoogstens 100 tekens. Er is nog niet gezocht.")).toBeVisible();
  await expectAccessible(page);
});
