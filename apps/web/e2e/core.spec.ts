import { expect, test } from "@playwright/test";
import { expectAccessible, latestMailLink, signInWithPassword } from "./helpers";

const BOUNDARY = JSON.stringify({
  type: "Polygon",
  coordinates: [
    [
      [4.712, 50.884],
      [4.722, 50.884],
      [4.722, 50.891],
      [4.712, 50.891],
      [4.712, 50.884],
    ],
  ],
});

test("admin invites a field worker, who accepts, is kept out of admin pages and switches to French", async ({ page, browser }) => {
  const stamp = Date.now().toString(36);
  const email = `veldwerker-${stamp}@zonnedal.demo`;

  // The admin signs in and invites a field worker for Molenwijk.
  await signInWithPassword(page, "admin@zonnedal.demo");
  await expect(page).toHaveURL(/\/t\/zonnedal$/);
  await expect(page.getByRole("heading", { level: 1, name: "Mijn werk" })).toBeVisible();
  await expect(page).toHaveTitle("Mijn werk · Gemeente Zonnedal");
  await expectAccessible(page, "tenant home");

  await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Leden" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Leden" })).toBeVisible();
  await expectAccessible(page, "members");
  const invite = page.locator("form").filter({ has: page.getByRole("button", { name: "Uitnodiging versturen" }) });
  await invite.getByLabel("E-mailadres").fill(email);
  await invite.getByRole("checkbox", { name: "Medewerker in de buurt" }).check();
  await invite.getByRole("checkbox", { name: "Molenwijk" }).check();
  await invite.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(page.getByText(`Uitnodiging verstuurd naar ${email}`)).toBeVisible();

  // The invitation arrives by mail (worker → local SMTP server); the field worker accepts it in another browser.
  const fieldWorker = await browser.newContext();
  const fw = await fieldWorker.newPage();
  const link = await latestMailLink(fw, email, "/invite/");
  await expectAccessible(fw, "captured mail");
  await fw.goto(link);
  await expect(fw.getByRole("heading", { level: 1 })).toContainText("Gemeente Zonnedal");
  await expectAccessible(fw, "accept invitation");
  await fw.getByLabel("Je naam").fill("Femke Veldwerker");
  await fw.getByLabel(/Kies een wachtwoord/).fill(`Molenwijk-wandeling-${stamp}`);
  await fw.getByRole("button", { name: "Account maken en aanvaarden" }).click();
  await fw.waitForURL(/\/t\/zonnedal$/);
  await expect(fw.getByRole("heading", { level: 1, name: "Mijn werk" })).toBeVisible();
  await expect(fw).toHaveTitle("Mijn werk · Gemeente Zonnedal");

  // Navigation shows no admin entries, and admin pages answer "no access".
  const nav = fw.getByRole("navigation", { name: "Hoofdnavigatie" });
  await expect(nav.getByRole("link", { name: "Personen" }).first()).toBeAttached();
  await expect(nav.getByRole("link", { name: "Leden" })).toHaveCount(0);
  for (const path of ["members", "roles", "audit", "settings"]) {
    await fw.goto(`/t/zonnedal/${path}`);
    await expect(fw.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
  }
  await expectAccessible(fw, "forbidden page");

  // The field worker sees only the people of Molenwijk.
  await fw.goto("/t/zonnedal/people");
  await expectAccessible(fw, "people list (field worker)");
  const neighbourhoodCells = await fw.locator('main li:has(a[href*="/people/"])').allInnerTexts();
  expect(neighbourhoodCells.length).toBeGreaterThan(0);
  for (const row of neighbourhoodCells) expect(row).toContain("Molenwijk");

  // Language switch to French, kept across pages.
  await fw.goto("/t/zonnedal");
  await fw.getByRole("button", { name: "Français" }).click();
  await expect(fw.getByRole("heading", { level: 1, name: "Mon travail" })).toBeVisible();
  await expect(fw.locator("html")).toHaveAttribute("lang", "fr");
  await fw.goto("/t/zonnedal/people");
  await expect(fw.getByRole("heading", { level: 1, name: "Personnes" })).toBeVisible();
  await expectAccessible(fw, "people list in French");
  await fieldWorker.close();
});

test("admin creates a neighbourhood with a boundary, previewed on the map", async ({ page }) => {
  await signInWithPassword(page, "admin@zonnedal.demo");
  await page.goto("/t/zonnedal/neighbourhoods");
  await expectAccessible(page, "neighbourhoods");
  await page.getByRole("link", { name: "Nieuwe buurt" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Nieuwe buurt" })).toBeVisible();
  const name = `Stationsbuurt ${Date.now().toString(36)}`;
  await page.getByLabel("Naam").fill(name);

  // A broken boundary is refused with a clear message and nothing is saved.
  await page.getByLabel("Grens (GeoJSON)").fill('{"type":"Point","coordinates":[4.7,50.88]}');
  await page.getByRole("button", { name: "Buurt aanmaken" }).click();
  await expect(page.getByText(/Polygon of MultiPolygon/).first()).toBeVisible();

  await page.getByLabel("Grens (GeoJSON)").fill(BOUNDARY);
  await expect(page.locator("canvas.maplibregl-canvas")).toBeVisible();
  await expectAccessible(page, "new neighbourhood with map");
  await page.getByRole("button", { name: "Buurt aanmaken" }).click();
  await expect(page.getByText(`Buurt ${name} aangemaakt.`)).toBeVisible();

  await page.goto("/t/zonnedal/neighbourhoods");
  await page.getByRole("link", { name }).click();
  // The neighbourhood's page is its hub; changing it is one link further.
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await page.getByRole("link", { name: "Buurt bewerken" }).click();
  await expect(page.getByLabel("Grens (GeoJSON)")).toHaveValue(/Polygon/);
  await expect(page.locator("canvas.maplibregl-canvas")).toBeVisible();
  await expectAccessible(page, "edit neighbourhood");
});

test("every admin page is reachable and accessible", async ({ page }) => {
  await signInWithPassword(page, "admin@zonnedal.demo");
  for (const [path, heading] of [
    ["organisations", "Organisaties"],
    ["people", "Personen"],
    ["roles", "Rollen en rechten"],
    ["audit", "Logboek"],
    ["settings", "Instellingen"],
  ] as const) {
    await page.goto(`/t/zonnedal/${path}`);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectAccessible(page, path);
  }
  await page.goto("/t/zonnedal/people");
  await page.locator('main li a[href*="/people/"]').first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page, "person detail");
  // Another tenant's pages are simply not there.
  await page.goto("/t/brussel-noord");
  await expect(page.getByRole("heading", { level: 1, name: "Deze pagina bestaat niet" })).toBeVisible();
});

test("magic link round trip through the local SMTP server", async ({ page }) => {
  await page.goto("/signin");
  await expectAccessible(page, "sign-in");
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Stuur mij een aanmeldlink" }) });
  await form.getByLabel("E-mailadres").fill("regie@zonnedal.demo");
  await form.getByRole("button", { name: "Stuur mij een aanmeldlink" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kijk in je mailbox" })).toBeVisible();
  await expectAccessible(page, "check e-mail");
  const link = await latestMailLink(page, "regie@zonnedal.demo", "/api/auth/callback/email");
  await page.goto(link);
  await page.waitForURL(/\/t\/zonnedal$/);
  await expect(page.getByRole("heading", { level: 1, name: "Mijn werk" })).toBeVisible();
  await expect(page).toHaveTitle("Mijn werk · Gemeente Zonnedal");
  // The link works once.
  await page.context().clearCookies();
  await page.goto(link);
  await expect(page).toHaveURL(/\/signin/);
});

test("signing out everywhere ends the account's other sessions at once, for pages and the API", async ({ browser }) => {
  // Two devices of one person, each signed in.
  const [a, b] = [await browser.newContext(), await browser.newContext()];
  const [pa, pb] = [await a.newPage(), await b.newPage()];
  await signInWithPassword(pa, "vrijwilliger@zonnedal.demo");
  await signInWithPassword(pb, "vrijwilliger@zonnedal.demo");
  const home = () => pb.request.get("/api/trpc/tenant.home", { headers: { "x-zorgzaam-tenant": "zonnedal" } });
  expect((await home()).status()).toBe(200);
  await pa.goto("/t/zonnedal");
  await pa.locator("summary").filter({ hasText: "vrijwilliger@zonnedal.demo" }).click();
  await pa.getByRole("button", { name: "Overal afmelden" }).click();
  await pa.waitForURL(/\/signin/);
  // The other device still holds a cookie that decrypts fine; its session row is revoked, so nothing opens.
  expect((await home()).status()).toBe(401);
  await pb.goto("/t/zonnedal");
  await expect(pb).toHaveURL(/\/signin/);
  await Promise.all([a.close(), b.close()]);
});

test("a wrong password gets the same answer as an unknown account", async ({ page }) => {
  for (const email of ["admin@zonnedal.demo", "niemand@zonnedal.demo"]) {
    await page.goto("/signin");
    const form = page.locator("form").filter({ has: page.getByLabel("Wachtwoord") });
    await form.getByLabel("E-mailadres").fill(email);
    await form.getByLabel("Wachtwoord").fill("dit-is-niet-juist-2026");
    await form.getByRole("button").click();
    await expect(page.getByText("Dat e-mailadres of wachtwoord klopt niet.")).toBeVisible();
  }
});

test("the operator sees tenants and failed jobs, but no tenant data", async ({ page }) => {
  await signInWithPassword(page, "operator@zorgzaam.demo");
  await page.goto("/operator");
  await expect(page.getByRole("cell", { name: /Gemeente Zonnedal/ }).first()).toBeVisible();
  await expectAccessible(page, "operator tenants");
  await page.goto("/operator/jobs");
  await expectAccessible(page, "operator jobs");
  await page.goto("/t/zonnedal/people");
  await expect(page.getByRole("heading", { level: 1, name: "Deze pagina bestaat niet" })).toBeVisible();
});
