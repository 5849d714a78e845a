import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { expectAccessible, signInWithPassword } from "./helpers";

test("a coordinator adds a photo to a person without JavaScript; the link works only for her session", async ({ browser }) => {
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
  const files = page.getByRole("region", { name: "Foto's en bestanden" });
  await expect(files).toBeVisible();
  // A disguised script is refused by content, in Dutch, naming what is accepted.
  await files
    .getByLabel("Foto of document toevoegen")
    .setInputFiles({ name: "foto.jpg", mimeType: "image/jpeg", buffer: Buffer.from("<script>alert(1)</script>") });
  await files.getByRole("button", { name: "Toevoegen" }).click();
  await expect(page.getByText("Dit soort bestand kan niet: kies JPEG, PNG, WebP, PDF.")).toBeVisible();
  await page.getByRole("region", { name: "Foto's en bestanden" }).getByLabel("Foto of document toevoegen").setInputFiles({
    name: "voortuin.jpg",
    mimeType: "image/jpeg",
    buffer: photo,
  });
  await page.getByRole("region", { name: "Foto's en bestanden" }).getByRole("button", { name: "Toevoegen" }).click();
  const thumb = page.getByRole("img", { name: "Foto: voortuin.jpg" });
  await expect(thumb).toBeVisible();
  await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(480);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page, "person with a photo, without JavaScript");

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

  // Deleting it removes it from the page and makes the link dead.
  await page.getByRole("button", { name: "voortuin.jpg verwijderen" }).click();
  await expect(page.getByRole("img", { name: "Foto: voortuin.jpg" })).toHaveCount(0);
  expect((await page.request.get(href)).status()).toBe(404);
  await phone.close();
});
