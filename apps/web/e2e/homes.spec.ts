import { type Browser, expect, type Page, test } from "@playwright/test";
import { expectAccessible, latestMailLink, loadMap, signInWithPassword } from "./helpers";

/**
 * "Mijn werk" per role, the neighbourhood hub, every page's own title and its fit on a phone with the demo's long
 * unbroken names, the phone menu that closes after navigating, and the profile page (name, language, password,
 * sessions). Axe on every page visited. Screenshots of each role's home go to docs/guide/img/.
 */

const PHONE = { width: 390, height: 844 };
const SHOTS = "../../docs/guide/img";
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

async function asRole(browser: Browser, email: string, viewport = PHONE): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await signInWithPassword(page, email);
  return page;
}

/** Nothing on the page is wider than the viewport (the page does not scroll sideways). */
async function expectNoSideways(page: Page, label: string) {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect(scroll, `${label} is ${scroll}px wide on a ${width}px screen`).toBeLessThanOrEqual(width);
}

const section = (page: Page, name: string | RegExp) =>
  page.locator("section").filter({ has: page.getByRole("heading", { name, exact: typeof name === "string" }) });

test("each role's home shows its own work", async ({ browser }) => {
  test.setTimeout(240_000);

  // The coordinator: the workspace at a glance, what needs attention, per neighbourhood people, actors and gaps.
  const regie = await asRole(browser, "regie@zonnedal.demo", { width: 1280, height: 900 });
  await expect(regie.getByRole("heading", { level: 1, name: "Mijn werk" })).toBeVisible();
  await expect(regie).toHaveTitle("Mijn werk · Gemeente Zonnedal");
  await expect(section(regie, "Vraagt aandacht").getByRole("link", { name: /1 buurt zonder getekende grens/ })).toBeVisible();
  const glance = section(regie, "De buurten in één oogopslag");
  // The demo's three neighbourhoods (an earlier spec may have added one of its own).
  for (const name of ["Centrum", "Molenwijk", "Kerkveld"]) await expect(glance.getByRole("heading", { level: 3, name })).toBeVisible();
  const molenwijk = glance.getByRole("listitem").filter({ has: regie.getByRole("heading", { name: "Molenwijk" }) });
  await expect(molenwijk.getByRole("link", { name: /^\d+ personen$/ })).toHaveAttribute("href", /people\?neighbourhood=/);
  await expect(molenwijk.getByRole("link", { name: /^\d+ actoren$/ })).toHaveAttribute("href", /partners\?neighbourhoodId=/);
  await expect(molenwijk.getByRole("link", { name: /witte vlek/ })).toHaveAttribute("href", /partners\/gaps\?neighbourhoodId=/);
  await expect(section(regie, "Recent veranderd").getByRole("listitem").first()).toBeVisible();
  await expect(regie.getByRole("heading", { level: 2, name: "Modules" })).toBeVisible();
  await expectAccessible(regie, "home of the coordinator");
  await regie.screenshot({ path: `${SHOTS}/home-coordinator.png`, fullPage: true });
  await regie.context().close();

  // The field worker (phone): her neighbourhood only, what changed there.
  const fw = await asRole(browser, "veldwerker@zonnedal.demo");
  const yours = section(fw, "Jouw buurten");
  await expect(yours.getByRole("heading", { level: 3 })).toHaveText(["Molenwijk"]);
  await expect(yours.getByRole("link", { name: /^\d+ actoren$/ })).toBeVisible();
  await expect(fw.getByRole("heading", { name: "Wat er veranderde in je buurten" })).toBeVisible();
  await expectNoSideways(fw, "field worker's home");
  await expectAccessible(fw, "home of the field worker");
  await fw.screenshot({ path: `${SHOTS}/home-field-worker.png`, fullPage: true });
  await fw.context().close();

  // The partner: what other organisations share on the map, with the way to the map.
  const partner = await asRole(browser, "partner@zonnedal.demo");
  const shared = section(partner, "Gedeeld door andere organisaties");
  await expect(shared.getByRole("listitem").first()).toBeVisible();
  await expect(shared.getByRole("link", { name: /op de buurtkaart$/ })).toHaveAttribute("href", "/t/zonnedal/partners");
  await expectNoSideways(partner, "partner's home");
  await expectAccessible(partner, "home of the partner");
  await partner.screenshot({ path: `${SHOTS}/home-partner.png`, fullPage: true });
  await partner.context().close();

  // The volunteer in Zonnedal helps neighbours with shopping (Burenhulp, her own page); Partners is not for volunteers.
  const vol = await asRole(browser, "vrijwilliger@zonnedal.demo");
  await expect(vol.getByRole("link", { name: "Open wat ik doe" })).toHaveAttribute("href", "/t/zonnedal/burenhulp/mine");
  await expect(vol.getByText("Nog niets voor jou ingeschakeld")).toHaveCount(0);
  await expect(vol.getByText("Er zijn nog geen modules ingeschakeld")).toHaveCount(0);
  await expectNoSideways(vol, "volunteer's home");
  await expectAccessible(vol, "home of the volunteer");
  await vol.screenshot({ path: `${SHOTS}/home-volunteer.png`, fullPage: true });
  await vol.context().close();

  // The volunteer in Brussel-Noord, where Reflectie is on: the sessions she is invited to and her action points.
  const vb = await asRole(browser, "vrijwilliger@brussel-noord.demo");
  await vb.goto("/t/brussel-noord");
  await expect(vb.getByRole("heading", { level: 2, name: /Wat je vandaag kan doen|Ce que vous pouvez faire aujourd'hui/ })).toBeVisible();
  await expect(
    vb.getByRole("heading", { name: /Sessies waarvoor je uitgenodigd bent|Séances auxquelles vous êtes invité·e/ }),
  ).toBeVisible();
  await expect(vb.getByText(/Nog niets voor jou ingeschakeld|Rien n'est encore activé pour vous/)).toHaveCount(0);
  await expectAccessible(vb, "home of a volunteer with Reflectie");
  await vb.context().close();
});

test("a neighbourhood's page is a hub: its actors on the map, figures that lead to filtered pages", async ({ browser }) => {
  const fw = await asRole(browser, "veldwerker@zonnedal.demo");
  await section(fw, "Jouw buurten").getByRole("link", { name: "Molenwijk" }).click();
  await expect(fw.getByRole("heading", { level: 1, name: "Molenwijk" })).toBeVisible();
  await expect(fw).toHaveTitle("Molenwijk · Gemeente Zonnedal");
  // On a phone the map waits for a tap (ADR 0035); its preview already shows the actors, as the same links.
  await expect(fw.getByTestId("map-preview").locator("a").first()).toHaveAttribute("aria-label", /\S/);
  await loadMap(fw);
  // Actors are links on the map, named after them; the same list as text under the map.
  const marker = fw.locator(".maplibregl-marker a").first();
  await expect(marker).toHaveAttribute("aria-label", /\S/);
  const list = fw.locator("details").filter({ hasText: /actoren op de kaart als lijst/ });
  await list.locator("summary").click();
  await expect(list.getByRole("link", { name: "Buurthuiskamerontmoetingsplekvoorjongenoudinhethartvandemolenwijk" })).toBeVisible();
  await expect(fw.getByRole("link", { name: "Buurthuiskamerontmoetingsplekvoorjongenoudinhethartvandemolenwijk" })).toHaveCount(2);
  const figures = section(fw, "In deze buurt");
  await expect(figures.getByRole("link", { name: /^\d+ personen$/ })).toBeVisible();
  await figures.getByRole("link", { name: /witte vlek/ }).click();
  await expect(fw).toHaveURL(/\/partners\/gaps\?neighbourhoodId=/);
  await expect(fw.getByRole("heading", { level: 1, name: "Witte vlekken" })).toBeVisible();
  await fw.goBack();
  await figures.getByRole("link", { name: /^\d+ personen$/ }).click();
  await expect(fw).toHaveURL(/\/people\?neighbourhood=/);
  await expect(fw.locator('main li:has(a[href*="/people/"])').first()).toContainText("Molenwijk");
  await fw.goBack();
  await expectNoSideways(fw, "neighbourhood hub");
  await expectAccessible(fw, "neighbourhood hub");
  await fw.context().close();
});

test("the phone menu closes after navigating", async ({ browser }) => {
  const fw = await asRole(browser, "veldwerker@zonnedal.demo");
  const nav = fw.getByRole("navigation", { name: "Hoofdnavigatie" });
  const menu = nav.locator("details");
  await menu.locator("summary").click();
  await expect(menu).toHaveAttribute("open", "");
  await menu.getByRole("link", { name: "Personen" }).click();
  await fw.waitForURL(/\/people$/);
  await expect(fw.getByRole("heading", { level: 1, name: "Personen" })).toBeVisible();
  await expect(menu).not.toHaveAttribute("open");
  await expect(menu.getByRole("link", { name: "Personen" })).toBeHidden();
  // Escape closes it too, and gives focus back to the menu button.
  await menu.locator("summary").click();
  await fw.keyboard.press("Escape");
  await expect(menu).not.toHaveAttribute("open");
  await expect(menu.locator("summary")).toBeFocused();
  await fw.context().close();
});

/** A page's route: its path with ids as [id] (query left out), so two actors' pages are one route. */
const routeOf = (url: string) => new URL(url).pathname.replace(UUID, "[id]");

test("every page of every role has its own title, fits a phone and passes axe", async ({ browser }) => {
  test.setTimeout(900_000);
  // One lane per workspace, walked at the same time (two browser contexts): the server renders one page while the
  // browser runs axe on the other, so both cores work. Routes carry the workspace's slug, so the lanes never share one
  // and each lane visits the same pages in the same order as when walked one after another.
  const lanes = [
    [
      { email: "admin@zonnedal.demo", tenant: "Gemeente Zonnedal", slug: "zonnedal" },
      { email: "regie@zonnedal.demo", tenant: "Gemeente Zonnedal", slug: "zonnedal" },
      { email: "veldwerker@zonnedal.demo", tenant: "Gemeente Zonnedal", slug: "zonnedal" },
      { email: "partner@zonnedal.demo", tenant: "Gemeente Zonnedal", slug: "zonnedal" },
      { email: "vrijwilliger@zonnedal.demo", tenant: "Gemeente Zonnedal", slug: "zonnedal" },
    ],
    [
      { email: "regie@brussel-noord.demo", tenant: "Partenariat Bruxelles-Nord / Partnerschap Brussel-Noord", slug: "brussel-noord" },
      {
        email: "vrijwilliger@brussel-noord.demo",
        tenant: "Partenariat Bruxelles-Nord / Partnerschap Brussel-Noord",
        slug: "brussel-noord",
      },
    ],
  ];
  const walks = await Promise.all(lanes.map((roles) => walkRoles(browser, roles)));
  const pages = walks.reduce((n, w) => n + w.pages, 0);
  const routes = walks.reduce((n, w) => n + w.routes, 0);
  console.log(`walked ${pages} pages, ${routes} routes (${walks.map((w) => `${w.slug}: ${w.pages}`).join(", ")})`);
  expect(routes).toBeGreaterThan(30);
});

/**
 * Walks the roles of one workspace, one after another, from their home and profile: every page's title (its own,
 * "<page> · <workspace>", not another route's), its fit on a phone and axe.
 */
async function walkRoles(browser: Browser, roles: { email: string; tenant: string; slug: string }[]) {
  // Each route once (the first role that reaches it), apart from the home and the profile, which differ per role.
  const titleOfRoute = new Map<string, string>();
  const seen = new Set<string>();
  let pages = 0;
  for (const role of roles) {
    const page = await asRole(browser, role.email);
    const queue = [`/t/${role.slug}`, `/t/${role.slug}/profile`];
    const queued = new Set(queue.map((p) => routeOf(`http://x${p}`)));
    while (queue.length > 0 && pages < 200) {
      const path = queue.shift() as string;
      const response = await page.goto(path);
      const route = routeOf(page.url());
      const label = `${role.email} ${route}`;
      expect(response?.status(), label).toBeLessThan(400);
      // "<page> · <workspace>": a page without a title of its own would be titled "<workspace>" alone.
      await expect(page, label).toHaveTitle(new RegExp(`. · ${role.tenant}$`));
      const title = await page.title();
      if (!route.includes("[id]")) {
        const before = titleOfRoute.get(`${role.slug}:${title}`);
        expect(before === undefined || before === route, `${label}: "${title}" is also the title of ${before}`).toBe(true);
        titleOfRoute.set(`${role.slug}:${title}`, route);
      }
      await expectNoSideways(page, label);
      await expectAccessible(page, label);
      pages++;
      seen.add(route);
      // Follow the workspace's links in the page and its navigation: one page per route not seen yet.
      const hrefs = await page
        .locator(`a[href^="/t/${role.slug}"]:not([download])`)
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute("href") ?? ""));
      for (const href of hrefs) {
        const r = routeOf(`http://x${href}`);
        if (queued.has(r) || (seen.has(r) && !/\/t\/[^/]+(\/profile)?$/.test(r))) continue;
        if (/\/(export|download|pdf)(\/|$)/.test(r) || /\/invite\//.test(r)) continue;
        queued.add(r);
        queue.push(href);
      }
    }
    await page.context().close();
  }
  return { slug: roles[0]?.slug, pages, routes: seen.size };
}

test("profile: name, language, password, and signing out elsewhere ends the other session", async ({ browser }) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  const email = `profiel-${stamp}@zonnedal.demo`;
  const password = `Zonnige-ochtend-${stamp}`;
  const admin = await asRole(browser, "admin@zonnedal.demo", { width: 1280, height: 900 });
  await admin.goto("/t/zonnedal/members");
  const invite = admin.locator("form").filter({ has: admin.getByRole("button", { name: "Uitnodiging versturen" }) });
  await invite.getByLabel("E-mailadres").fill(email);
  await invite.getByRole("checkbox", { name: "Vrijwilliger" }).check();
  await invite.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(admin.getByText(`Uitnodiging verstuurd naar ${email}`)).toBeVisible();
  const link = await latestMailLink(admin, email, "/invite/");
  await admin.context().close();

  const phone = await browser.newContext({ viewport: PHONE });
  const page = await phone.newPage();
  await page.goto(link);
  await page.getByLabel("Je naam").fill("Paula Profiel");
  await page.getByLabel(/Kies een wachtwoord/).fill(password);
  await page.getByRole("button", { name: "Account maken en aanvaarden" }).click();
  await page.waitForURL(/\/t\/zonnedal$/);

  // A second session of the same person, on another device.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signInWithPassword(otherPage, email, password);
  await otherPage.goto("/t/zonnedal/profile");
  await expect(otherPage.getByRole("heading", { level: 1, name: "Mijn profiel" })).toBeVisible();

  // The account menu leads to the profile.
  await page.locator("summary", { hasText: email }).click();
  await page.getByRole("link", { name: "Mijn profiel" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mijn profiel" })).toBeVisible();
  await expect(page).toHaveTitle("Mijn profiel · Gemeente Zonnedal");
  const sessions = section(page, "Waar je aangemeld bent");
  await expect(sessions.getByRole("listitem")).toHaveCount(2);
  await expect(sessions.getByText("(deze sessie)")).toHaveCount(1);
  await expectNoSideways(page, "profile");
  await expectAccessible(page, "profile");

  // Name.
  await page.getByLabel("Je naam").fill("Paula Profielmans");
  await page.getByRole("button", { name: "Naam opslaan" }).click();
  await expect(page.getByText("Je naam is opgeslagen.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Je naam")).toHaveValue("Paula Profielmans");

  // Password: a wrong current one is refused at that field, the right one works.
  const pw = section(page, "Wachtwoord");
  await pw.getByLabel("Huidig wachtwoord").fill("niet-mijn-wachtwoord");
  await pw.getByLabel("Nieuw wachtwoord").fill(`Avondrood-boven-de-molen-${stamp}`);
  await pw.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  await expect(pw.getByText("Je huidige wachtwoord klopt niet.")).toBeVisible();
  await pw.getByLabel("Huidig wachtwoord").fill(password);
  await pw.getByLabel("Nieuw wachtwoord").fill(`Avondrood-boven-de-molen-${stamp}`);
  await pw.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  await expect(page.getByText(/Je wachtwoord is gewijzigd\. 1 andere sessie is beëindigd\./)).toBeVisible();
  // Changing the password ended the other session.
  await otherPage.goto("/t/zonnedal/profile");
  await expect(otherPage).toHaveURL(/\/signin/);

  // Sign in again on the other device with the new password, then sign out elsewhere from the phone.
  await signInWithPassword(otherPage, email, `Avondrood-boven-de-molen-${stamp}`);
  await page.reload();
  await expect(sessions.getByRole("listitem")).toHaveCount(2);
  await sessions.getByRole("button", { name: "Op alle andere toestellen afmelden" }).click();
  await expect(page.getByText("1 andere sessie is beëindigd.")).toBeVisible();
  await expect(sessions.getByRole("listitem")).toHaveCount(1);
  await otherPage.goto("/t/zonnedal");
  await expect(otherPage).toHaveURL(/\/signin/);
  // This session still works.
  await page.goto("/t/zonnedal");
  await expect(page.getByRole("heading", { level: 1, name: "Mijn werk" })).toBeVisible();

  // Language: the whole interface follows.
  await page.goto("/t/zonnedal/profile");
  await section(page, "Taal").getByLabel("Français").check();
  await page.getByRole("button", { name: "Taal opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mon profil" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page).toHaveTitle("Mon profil · Gemeente Zonnedal");
  await other.close();
  await phone.close();
});
