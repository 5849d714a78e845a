import { expect, test } from "@playwright/test";
import pg from "pg";
import { expectAccessible, signInWithPassword } from "./helpers";

/**
 * A public form always makes a new person (issue 11); staff who recognise her merge that record into the one they
 * know. The demo's contact point has a message from Wim Verhoeven (a person made by the contact form); the team
 * already knows him as "Willem Verhoeven".
 */
test("the regie merges a person made by the contact form into the record she knows", async ({ browser }) => {
  test.setTimeout(120_000);
  const db = new pg.Client({ connectionString: process.env.DATABASE_OWNER_URL });
  await db.connect();
  const tenant = (await db.query(`SELECT "id" FROM "Tenant" WHERE "slug" = 'zonnedal'`)).rows[0]?.id as string;
  const wim = (
    await db.query(
      `SELECT "id", "publicReference" FROM "Person" WHERE "tenantId" = $1 AND "firstName" = 'Wim' AND "lastName" = 'Verhoeven'`,
      [tenant],
    )
  ).rows[0] as { id: string; publicReference: string };
  const known = (
    await db.query(
      `INSERT INTO "Person" ("tenantId", "firstName", "lastName", "address", "updatedAt") VALUES ($1, 'Willem', 'Verhoeven', 'Molenstraat 4', now()) RETURNING "id"`,
      [tenant],
    )
  ).rows[0]?.id as string;
  await db.end();

  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWithPassword(page, "regie@zonnedal.demo");
  await page.goto(`/t/zonnedal/people/${wim.id}`);
  await expect(page.getByRole("heading", { level: 2, name: "Is dit iemand die je al kent?" })).toBeVisible();
  await page.getByLabel("Zoek de persoon die je kent").fill("Willem");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page.getByRole("list", { name: "Gevonden personen" })).toContainText("Willem Verhoeven");
  await expectAccessible(page, "person page with people to merge with");
  await page.getByRole("button", { name: "Samenvoegen met Willem Verhoeven" }).click();
  const dialog = page.getByRole("dialog", { name: "Wim Verhoeven samenvoegen met Willem Verhoeven?" });
  await dialog.getByRole("button", { name: "Samenvoegen" }).click();

  // Willem's record now: his own address kept, Wim's phone and online consent moved in.
  await expect(page).toHaveURL(new RegExp(`/t/zonnedal/people/${known}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Willem Verhoeven" })).toBeVisible();
  await expect(page.getByText("Molenstraat 4")).toBeVisible();
  await expect(page.getByRole("link", { name: "0476 12 34 56" })).toBeVisible();
  // The receipt's code finds him, and the contact point's message is his.
  await page.goto(`/t/zonnedal/people?q=${wim.publicReference}`);
  await expect(page.getByRole("link", { name: /Willem Verhoeven|Verhoeven, Willem/ })).toBeVisible();
  await page.goto(`/t/zonnedal/people/${wim.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Wim Verhoeven" })).toHaveCount(0);
  await context.close();
});
