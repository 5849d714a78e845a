import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { expectAccessible, signInWithPassword } from "./helpers";

test("a coordinator adds a photo to a person without JavaScript; the link works only for her session", async ({ browser }) => {
  test.setTimeout(180_000);
  // A phone photo with the owner's name in its EXIF.
  const photo = await sharp({ create: { width: 1200, height: 900, channels: 3, background: "#2b7" } })
    .withExif({ IFD0: { Artist: "Marie Peeters" } })
    .jpeg()
    .toBuffer();

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
  const page = await phone.newPage();
  await signInWithPassword(page, "regie@zonnedal.demo");
  await page.goto("/t/zonnedal/people");
  await page.locator('main li a[href*="/people/"]').first().click();
  await expect(page.getByRole("heading", { level: 2, name: "Foto's en bestanden" })).toBeVisible();
  const files = page.locator("main");
  // A disguised script is refused by content, in Dutch, naming what is accepted.
  await files
    .getByLabel("Foto of document toevoegen")
    .setInputFiles({ name: "foto.jpg", mimeType: "image/jpeg", buffer: Buffer.from("<script>alert(1)</script>") });
  await files.getByRole("button", { name: "Toevoegen", exact: true }).click();
  await expect(page.getByText("Dit soort bestand kan niet: kies JPEG, PNG, WebP, PDF.")).toBeVisible();
  await files.getByLabel("Foto of document toevoegen").setInputFiles({
    name: "voortuin.jpg",
    mimeType: "image/jpeg",
    buffer: photo,
  });
  await files.getByRole("button", { name: "Toevoegen", exact: true }).click();
  const thumb = page.getByRole("img", { name: "Foto: voortuin.jpg" });
  await expect(thumb).toBeVisible();
  await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(480);
  const personUrl = page.url();

  // The full photo: served to her, without the EXIF name.
  const href =
    (await page
      .getByRole("link", { name: /voortuin\.jpg/ })
      .first()
      .getAttribute("href")) ?? "";
  expect(href).toMatch(/^\/files\//);
  const mine = await page.request.get(href);
  expect(mine.status()).toBe(200);
  expect(mine.headers()["content-type"]).toBe("image/jpeg");
  expect((await mine.body()).includes(Buffer.from("Marie Peeters"))).toBe(false);

  // Another tenant's coordinator (and a stranger) get 404 for the same link.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signInWithPassword(otherPage, "regie@brussel-noord.demo");
  expect((await otherPage.request.get(href)).status()).toBe(404);
  const stranger = await browser.newContext();
  expect((await stranger.request.get(href)).status()).toBe(404);
  await Promise.all([other.close(), stranger.close()]);

  // The same page with JavaScript, on the phone: nothing wider than the screen, accessible (axe needs JavaScript).
  const withJs = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const jsPage = await withJs.newPage();
  await signInWithPassword(jsPage, "regie@zonnedal.demo");
  await jsPage.goto(personUrl);
  await expect(jsPage.getByRole("img", { name: "Foto: voortuin.jpg" })).toBeVisible();
  expect(await jsPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(jsPage, "person with a photo on a phone");
  await withJs.close();

  // Deleting it removes it from the page and makes the link dead.
  await page.getByRole("button", { name: "voortuin.jpg verwijderen" }).click();
  await expect(page.getByRole("img", { name: "Foto: voortuin.jpg" })).toHaveCount(0);
  expect((await page.request.get(href)).status()).toBe(404);
  await phone.close();
});
