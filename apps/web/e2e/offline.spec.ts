import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { expectAccessible, signInWithPassword } from "./helpers";

/**
 * Door to door with no network (issue 14, ADR 0028), on a phone: the field worker opens the survey online once; with
 * the network gone she enters three answers for residents in Dutch, French and Arabic (Arabic is a survey language:
 * the questions turn right to left, her buttons stay in Dutch), reloads (the answers survive, the page still opens,
 * from the service worker), gets the network back and presses nothing: each answer arrives once. Then the same
 * outbox is sent again (a retry after a lost answer): nothing is added.
 */

const PASSPHRASE = "trappenhal-zonder-bereik";

/** "Je voerde N antwoorden in": what the server counts for this worker (the page is rendered by the server). */
async function enteredCount(page: Page): Promise<number> {
  const text = await page.getByText(/^Je voerde (\d+|nog geen) antwoord/).textContent();
  const n = (text ?? "").match(/\d+/)?.[0];
  return n ? Number(n) : 0;
}

/** The outbox's entries copied into (or back from) another IndexedDB database, as they are on the phone (encrypted). */
async function copyOutbox(page: Page, from: string, to: string): Promise<number> {
  return page.evaluate(
    async ([from, to]) => {
      const open = (name: string) =>
        new Promise<IDBDatabase>((resolve, reject) => {
          const r = indexedDB.open(name);
          r.onupgradeneeded = () => {
            if (!r.result.objectStoreNames.contains("entries")) r.result.createObjectStore("entries", { keyPath: "idempotencyKey" });
          };
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
      const src = await open(from as string);
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const q = src.transaction("entries").objectStore("entries").getAll();
        q.onsuccess = () => resolve(q.result);
        q.onerror = () => reject(q.error);
      });
      src.close();
      const dst = await open(to as string);
      await new Promise<void>((resolve, reject) => {
        const tx = dst.transaction("entries", "readwrite");
        for (const row of rows) tx.objectStore("entries").put(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      dst.close();
      return rows.length;
    },
    [from, to],
  );
}

async function answer(page: Page, language: string, texts: { area: RegExp; liking: RegExp; lonely: RegExp; no: string }) {
  await page.getByRole("radio", { name: language, exact: true }).check();
  await page.getByLabel(texts.area).selectOption({ index: 1 });
  await page.getByRole("group", { name: texts.liking }).getByRole("radio", { name: "4", exact: true }).check();
  await page.getByRole("group", { name: texts.lonely }).getByRole("radio", { name: texts.no, exact: true }).check();
  await page.getByRole("button", { name: "Antwoorden versturen" }).click();
  await expect(page.getByText(/Bewaard op deze telefoon/)).toBeVisible();
}

async function offline(context: BrowserContext, off: boolean) {
  await context.setOffline(off);
}

test("a field worker enters three answers with no network; they arrive once each, and a replay adds nothing", async ({ browser }) => {
  test.setTimeout(240_000);
  // Bevragingen is on in the demo tenants (prisma/seed.ts); should an admin have switched it off, it is switched on for
  // this test and off again at the end.
  const adminContext = await browser.newContext({ locale: "nl-BE" });
  const admin = await adminContext.newPage();
  await signInWithPassword(admin, "admin@zonnedal.demo");
  await admin.goto("/t/zonnedal/modules");
  const switchOn = admin.getByRole("button", { name: "Bevragingen inschakelen" });
  const switchedOnHere = (await switchOn.count()) > 0;
  if (switchedOnHere) {
    await switchOn.click();
    await expect(admin.getByText("Bevragingen is ingeschakeld.")).toBeVisible();
  }

  const context = await browser.newContext({ serviceWorkers: "allow", viewport: { width: 390, height: 844 }, locale: "nl-BE" });
  const page = await context.newPage();
  await signInWithPassword(page, "veldwerker@zonnedal.demo");

  // Online once: the survey's entry page, the device's passphrase, the page kept by the service worker.
  await page.goto("/t/zonnedal/bevragingen");
  await page
    .getByRole("link", { name: /Buurtbevraging/ })
    .first()
    .click();
  await page.getByRole("link", { name: "Antwoorden invoeren" }).click();
  await expect(page).toHaveURL(/\/bevragingen\/surveys\/[^/]+\/enter$/);
  const enterUrl = page.url();
  await expect(page.getByRole("heading", { name: "Kies een wachtwoordzin voor deze telefoon" })).toBeVisible();
  await expectAccessible(page, "assisted entry: the device's passphrase");
  await page.getByLabel("Wachtwoordzin", { exact: true }).fill(PASSPHRASE);
  await page.getByLabel("Wachtwoordzin nog eens").fill(PASSPHRASE);
  await page.getByRole("button", { name: "Bewaren" }).click();
  await expect(page.getByText("Alles is verstuurd: er wacht niets op deze telefoon.")).toBeVisible();
  const before = await enteredCount(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(() => page.evaluate(async () => Boolean(await (await caches.open("zorgzaam-field-pages")).match(location.href))))
    .toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page, "assisted entry (online)");

  // No network: three residents, in Dutch, French and Arabic.
  await offline(context, true);
  await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(false);
  await answer(page, "Nederlands", {
    area: /In welke buurt woon je/,
    liking: /Hoe graag woon je hier/,
    lonely: /Voel je je soms alleen/,
    no: "Nee",
  });
  await expect(page.getByText("1 antwoord wacht op deze telefoon")).toBeVisible();
  await answer(page, "Français", {
    area: /Dans quel quartier habitez-vous/,
    liking: /Aimez-vous vivre ici/,
    lonely: /Vous sentez-vous parfois seul/,
    no: "Non",
  });
  await page.getByRole("radio", { name: "العربية", exact: true }).check();
  // The survey's content in Arabic, right to left, at a phone's width; the worker's own words stay in Dutch.
  const section = page.locator("section[lang]").first();
  await expect(section).toHaveAttribute("lang", "ar");
  await expect(section).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("button", { name: "Antwoorden versturen" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await answer(page, "العربية", {
    area: /في أي حي تسكن/,
    liking: /هل تحب العيش هنا/,
    lonely: /هل تشعر بالوحدة أحيانًا/,
    no: "لا",
  });
  await expect(page.getByText("3 antwoorden wachten op deze telefoon")).toBeVisible();
  await expect(page.getByText(/Geen netwerk/)).toBeVisible();
  await expectAccessible(page, "assisted entry (offline, three waiting)");

  // A reload with no network: the page comes from the service worker, the answers are still on the phone.
  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole("heading", { level: 1, name: /Buurtbevraging/ })).toBeVisible();
  await expect(page.getByText("3 antwoorden wachten op deze telefoon")).toBeVisible();
  // Encrypted at rest: the stored entries hold no answer in clear.
  const stored = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open("zorgzaam-outbox");
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const rows = await new Promise<{ sealed: { data: ArrayBuffer } }[]>((resolve) => {
      const q = db.transaction("entries").objectStore("entries").getAll();
      q.onsuccess = () => resolve(q.result);
    });
    db.close();
    return rows.map((r) => new TextDecoder().decode(r.sealed.data));
  });
  expect(stored).toHaveLength(3);
  for (const s of stored) expect(s).not.toMatch(/surveyId|answers|liking|bevragingen/);
  // A copy of the outbox as it is now, to send it again later (a retry after a lost answer).
  expect(await copyOutbox(page, "zorgzaam-outbox", "e2e-outbox-copy")).toBe(3);

  // The network is back; nobody presses anything: the answers leave by themselves, once each.
  await offline(context, false);
  await expect(page.getByText("Alles is verstuurd: er wacht niets op deze telefoon.")).toBeVisible({ timeout: 30_000 });
  await page.goto(enterUrl);
  expect(await enteredCount(page)).toBe(before + 3);

  // The same three entries again, as if the phone never got the answers: replayed on start, nothing is added.
  expect(await copyOutbox(page, "e2e-outbox-copy", "zorgzaam-outbox")).toBe(3);
  await page.reload();
  await expect(page.getByText("Alles is verstuurd: er wacht niets op deze telefoon.")).toBeVisible({ timeout: 30_000 });
  await page.reload();
  expect(await enteredCount(page)).toBe(before + 3);

  // Signing out with answers waiting warns first. The network goes first: the page reloaded above may still be
  // starting (hydration, then a replay on start), and a replay that saw the copied entries online would send them.
  await offline(context, true);
  await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(false);
  expect(await copyOutbox(page, "e2e-outbox-copy", "zorgzaam-outbox")).toBe(3);
  const again = await page.reload();
  expect(again?.fromServiceWorker()).toBe(true);
  await expect(page.getByText("3 antwoorden wachten op deze telefoon")).toBeVisible();
  let warning = "";
  page.once("dialog", (d) => {
    warning = d.message();
    void d.dismiss();
  });
  await page.getByText("veldwerker@zonnedal.demo").click();
  await page.getByRole("button", { name: "Afmelden", exact: true }).click();
  await expect.poll(() => warning).toMatch(/3 antwoorden zijn nog niet verstuurd/);
  await expect(page).toHaveURL(enterUrl);
  await offline(context, false);
  await expect(page.getByText("Alles is verstuurd: er wacht niets op deze telefoon.")).toBeVisible({ timeout: 30_000 });
  await context.close();

  if (switchedOnHere) {
    await admin.goto("/t/zonnedal/modules");
    await admin.getByRole("button", { name: "Bevragingen uitschakelen" }).click();
    await expect(admin.getByText("Bevragingen is uitgeschakeld.")).toBeVisible();
  }
  await adminContext.close();
});
