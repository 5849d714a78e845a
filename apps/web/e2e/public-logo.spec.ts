import { expect, test } from "@playwright/test";
import { expectAccessible, signInWithPassword } from "./helpers";

/** A small red PNG (a logo as an admin picks it). */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAIAAAAlC+aJAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAn0lEQVRoge2SQQkAQRDD6qcKzn2krYh7hIFCBKSh4etpohuwAdUrsgv1LtEN2IDqFdmFepfoBmxA9YrsQr1LdAM2oHpFdqHeJboBG1C9IrtQ7xLdgA2oXpFdqHeJbsAGVK/ILtS7RDdgA6pXZBfqXaIbsAHVK7IL9S7RDdiA6hXZhXqX6AZsQPWK7EK9S3QDNqB6RXah3iW6ARtQveIfHk6FQQ/sBcnRAAAAAElFTkSuQmCC",
  "base64",
);

test("an admin sets the project's logo: the public site shows it (served at /<slug>/logo), removing it brings back the initials", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  await signInWithPassword(page, "admin@zonnedal.demo");
  await page.goto("/t/zonnedal/settings");
  await page.getByLabel("Logo kiezen").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: PNG });
  await page.getByRole("button", { name: "Logo opslaan" }).click();
  await expect(page.getByRole("button", { name: "Logo verwijderen" })).toBeVisible();
  await expectAccessible(page);

  const served = await request.get("/zonnedal/logo");
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toBe("image/webp");
  expect(served.headers()["cache-control"]).toBe("public, max-age=3600");
  expect(served.headers()["x-content-type-options"]).toBe("nosniff");
  // Another tenant without a logo: nothing.
  expect((await request.get("/brussel-noord/logo")).status()).toBe(404);

  const pub = await page
    .context()
    .browser()
    ?.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, locale: "nl-BE" });
  const site = await pub?.newPage();
  if (!site) throw new Error("no public page");
  await site.goto("/zonnedal");
  const logo = site.locator("header img.logo-img");
  await expect(logo).toHaveAttribute("src", "/zonnedal/logo");
  await expect(logo).toHaveAttribute("alt", /Logo/);
  expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

  await page.getByRole("button", { name: "Logo verwijderen" }).click();
  await expect(page.getByText("Nog geen logo.")).toBeVisible();
  expect((await request.get("/zonnedal/logo")).status()).toBe(404);
  await site.reload();
  await expect(site.locator("header img.logo-img")).toHaveCount(0);
  await expect(site.locator("header .logo")).toBeVisible();
  await pub?.close();
});
