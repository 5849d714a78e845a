import { expect, test } from "@playwright/test";
import { expectAccessible, signInWithPassword } from "./helpers";

// Errors as codes, words from catalogs: a French-speaking admin sees a module's settings, a module's error and the
// audit log's events and targets in French (zonnedal has partners switched on, prisma/seed.ts).
test("in French: a module's settings form, its errors and the audit log speak French", async ({ page, context, baseURL }) => {
  const origin = baseURL ?? "http://localhost:3210";
  await signInWithPassword(page, "admin@zonnedal.demo");
  await context.addCookies([{ name: "NEXT_LOCALE", value: "fr", url: origin }]);

  await page.goto("/t/zonnedal/modules");
  const settings = page.locator("details").filter({ hasText: "Paramètres de Partenaires" });
  await settings.locator("summary").click();
  const visibility = settings.getByLabel("Visibilité par défaut des nouveaux acteurs");
  await expect(visibility).toBeVisible();
  await expect(visibility.locator("option")).toHaveText(["Tout le partenariat", "Uniquement sa propre organisation"]);
  await expect(settings.getByLabel("Un lien est considéré comme dormant après … mois sans changement")).toBeVisible();
  await expectAccessible(page, "modules in French");
  await settings.getByRole("button", { name: "Enregistrer les paramètres" }).click();
  await expect(page.getByText("Paramètres de Partenaires enregistrés.")).toBeVisible();

  // A module's error and a module's audit event through the real endpoint (changing nothing the other tests read).
  const call = (path: string, json: unknown) =>
    page.request.post(`/api/trpc/${path}`, {
      headers: { "content-type": "application/json", origin, "x-zorgzaam-tenant": "zonnedal" },
      data: { json },
    });
  const refused = await call("partners.transfer.upload", { fileName: "x.csv", contentBase64: "!!!niet base64!!!" });
  expect(refused.status()).toBe(400);
  const body = (await refused.json()) as { error: { json: { message: string; data: { appCode: string } } } };
  expect(body.error.json.message).toBe("Le fichier n'est pas bien arrivé. Réessayez.");
  expect(body.error.json.data.appCode).toBe("partners.transfer.badBase64");
  expect((await call("partners.transfer.export", { format: "geojson", filters: {} })).status()).toBe(200);

  await page.goto("/t/zonnedal/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Journal" })).toBeVisible();
  const log = page.getByRole("table");
  await expect(log.getByText("Réseau exporté").first()).toBeVisible();
  await expect(log.getByText("Acteur", { exact: true }).first()).toBeVisible();
  await expect(log.getByText("Paramètres d'un module modifiés").first()).toBeVisible();
  await expect(log.getByText("Module", { exact: true }).first()).toBeVisible();
  await expect(log.getByText("partners.network.exported", { exact: true }).first()).toBeAttached();
});

// ADR 0041: a module form calls its procedure through the procedure action (not the tRPC HTTP endpoint), and the
// server's validation error comes back in the person's language, under its field.
test("in French: a module form's validation error comes back in French through the procedure action", async ({
  page,
  context,
  baseURL,
}) => {
  const origin = baseURL ?? "http://localhost:3210";
  await signInWithPassword(page, "regie@zonnedal.demo");
  await context.addCookies([{ name: "NEXT_LOCALE", value: "fr", url: origin }]);
  await page.goto("/t/zonnedal/partners/actors/new");
  await expect(page.getByRole("heading", { level: 1, name: "Nouvel acteur" })).toBeVisible();
  const endpoint: string[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).pathname.startsWith("/api/trpc")) endpoint.push(r.url());
  });
  await page.getByRole("button", { name: "Ajouter l'acteur" }).click();
  await expect(page.getByText("Indiquez un nom").first()).toBeVisible();
  expect(endpoint).toEqual([]);
});
