/**
 * The tenant's public site at /<slug>/… (issue 11): plain server-rendered HTML, no JavaScript, every form a plain
 * HTML form post (post, redirect, get). Core's pages (start, privacy notice, contact form and its receipt) and the
 * modules' public pages (`ui.publicPages`, at /<slug>/<module id>/…). Everything the pages show comes through public
 * procedures, so the tenant's public switches, its modules and row-level security decide; a tenant without its public
 * site switched on, an unknown slug and a page that is off all get the same "not found".
 */
import {
  appErrorOf,
  createCallerFactory,
  env,
  createContext,
  fieldMessages,
  isLocale,
  LOCALE_COOKIE,
  type Locale,
  type PublicPageProps,
  requestClientIp,
} from "@zorgzaam/core";
import { LOGO_HEADERS, readTenantLogo } from "@zorgzaam/core/files/index";
import { uiOf } from "@zorgzaam/platform/ui";
import { TRPCError } from "@trpc/server";
import { createTranslator } from "use-intl/core";
import { ZodError } from "zod";
import { matchModulePage } from "@/lib/module-pages";
import { webPlatform } from "@/server/platform";
import { readCapped } from "@/server/read-capped";
import { queryWithoutLang } from "./language-link";
import { PublicDocument, type SiteInfo } from "./layout";
import { ContactPage, FormGuardFields, HomePage, NotFoundPage, PrivacyPage, ReceivedPage } from "./pages";
import { renderDocument } from "./render-html";
import { publicTexts } from "./texts";

const MAX_BODY = 64 * 1024;
const REFERENCE = /^[A-Z0-9]{4}-[A-Z0-9]{4}$/;

function publicCaller(slug: string, req: Request, locale: Locale, publicProof: string | null = null) {
  const ctx = createContext({
    publicProof,
    session: null,
    tenantSlug: slug,
    ip: requestClientIp(req.headers),
    userAgent: req.headers.get("user-agent"),
    locale,
  });
  return { api: createCallerFactory(webPlatform().router)(ctx) };
}

function cookieLocale(req: Request): string | undefined {
  return (req.headers.get("cookie") ?? "")
    .split(";")
    .map((c) => c.trim().split("="))
    .find(([k]) => k === LOCALE_COOKIE)?.[1];
}

/** The reader's language among the tenant's: the remembered choice, else the browser's first that the tenant has. */
function chooseLocale(req: Request, locales: readonly Locale[], fallback: Locale): Locale {
  const chosen = cookieLocale(req);
  if (isLocale(chosen) && locales.includes(chosen)) return chosen;
  for (const part of (req.headers.get("accept-language") ?? "").split(",")) {
    const l = part.split(";")[0]?.trim().slice(0, 2).toLowerCase();
    if (isLocale(l) && locales.includes(l)) return l;
  }
  return locales.includes(fallback) ? fallback : (locales[0] ?? "nl");
}

function html(body: string, status = 200): Response {
  return new Response(body, {
    status,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "private, no-store" },
  });
}

async function notFound(req: Request): Promise<Response> {
  const l = chooseLocale(req, ["nl", "fr", "en"], "nl");
  const t = publicTexts(l);
  return html(
    await renderDocument(
      <html lang={l}>
        {/* biome-ignore lint/style/noHeadElement: a whole document rendered by render-html.ts, not a Next.js page */}
        <head>
          <meta charSet="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{t("notFoundTitle")}</title>
        </head>
        <body>
          <main>
            <NotFoundPage t={t} />
          </main>
        </body>
      </html>,
    ),
    404,
  );
}

/** The site's frame (name, languages), or null when the tenant has no public site (or does not exist). */
async function loadSite(slug: string, req: Request) {
  try {
    const first = await publicCaller(slug, req, "nl").api.publicSite.home();
    const locale = chooseLocale(req, first.locales, first.locale);
    const home = locale === first.locale ? first : await publicCaller(slug, req, locale).api.publicSite.home();
    const query = req.method === "GET" ? queryWithoutLang(new URL(req.url).searchParams) : "";
    const site: SiteInfo = { slug, name: home.name, locale, locales: home.locales, logo: home.logo, query };
    // The request's CSP nonce (proxy.ts), for the proof-of-work script of a form under pressure.
    return { site, home, t: publicTexts(locale), nonce: req.headers.get("x-nonce"), ...publicCaller(slug, req, locale) };
  } catch (e) {
    if (e instanceof TRPCError && e.code === "NOT_FOUND") return null;
    throw e;
  }
}

/** Field messages of a refused call, in the reader's language ("" for the form as a whole). */
function errorsOf(e: unknown, locale: Locale): Record<string, string> {
  if (e instanceof TRPCError && e.cause instanceof ZodError) return fieldMessages(e.cause, locale);
  const app = appErrorOf(e);
  if (app) return { [app.field ?? ""]: app.messageIn(locale) };
  throw e;
}

function statusOf(e: unknown): number {
  return e instanceof TRPCError && e.code === "TOO_MANY_REQUESTS" ? 429 : 400;
}

type Site = NonNullable<Awaited<ReturnType<typeof loadSite>>>;

async function page(s: Site, path: string, title: string, body: React.ReactNode, status = 200): Promise<Response> {
  return html(
    await renderDocument(
      <PublicDocument site={s.site} t={s.t} title={title} path={path}>
        {body}
      </PublicDocument>,
    ),
    status,
  );
}

function moduleTexts(moduleId: string, locale: Locale) {
  const messages = { [moduleId]: webPlatform().catalogs[locale][moduleId] ?? {} };
  const t = createTranslator({ locale, messages: messages as never, namespace: moduleId as never });
  return (key: string, params?: Record<string, string | number>) => (t as (k: string, p?: unknown) => string)(key, params);
}

/** The hidden fields of a public form shown now (core's and the modules'): start time, honeypot, proof of work. */
async function guardFields(s: Site) {
  return <FormGuardFields guard={await s.api.publicSite.formGuard()} nonce={s.nonce} t={s.t} />;
}

async function contactPage(s: Site, errors?: Record<string, string>, values?: Record<string, string>, status = 200) {
  const form = await s.api.publicSite.contactForm();
  return page(
    s,
    "/contact",
    s.t("contactTitle"),
    <ContactPage site={s.site} t={s.t} form={form} formFields={await guardFields(s)} errors={errors} values={values} />,
    status,
  );
}

/** GET /<slug>/logo: the project's logo (its thumbnail; ?size=original the stored image), or "not found". */
async function logo(req: Request, slug: string, original: boolean): Promise<Response> {
  const file = await readTenantLogo(slug, original ? "original" : "thumb");
  if (!file) return notFound(req);
  return new Response(new Uint8Array(file.bytes), {
    headers: { ...LOGO_HEADERS, "content-type": file.mimeType, "content-length": String(file.bytes.byteLength) },
  });
}

/** GET /<slug>/<path…> */
export async function publicGet(req: Request, slug: string, path: string[]): Promise<Response> {
  const url = new URL(req.url);
  if (path.length === 1 && path[0] === "logo") return logo(req, slug, url.searchParams.get("size") === "original");
  // The language switch: a plain link that sets the cookie and comes back to the same page, its query kept.
  const lang = url.searchParams.get("lang");
  if (lang !== null) {
    const back = `/${slug}${path.length ? `/${path.map(encodeURIComponent).join("/")}` : ""}${queryWithoutLang(url.searchParams)}`;
    const res = new Response(null, { status: 303, headers: { location: back } });
    if (isLocale(lang)) res.headers.append("set-cookie", `${LOCALE_COOKIE}=${lang}; Path=/; Max-Age=31536000; SameSite=Lax`);
    return res;
  }
  const s = await loadSite(slug, req);
  if (!s) return notFound(req);
  const key = path.join("/");
  try {
    if (key === "") return page(s, "", s.site.name, <HomePage site={s.site} t={s.t} home={s.home} />);
    if (key === "privacy") {
      const p = await s.api.publicSite.privacy();
      return page(s, "/privacy", s.t("privacyTitle"), <PrivacyPage t={s.t} text={p.text} />);
    }
    if (key === "contact") return contactPage(s);
    if (key === "contact/received") {
      const ref = url.searchParams.get("ref") ?? "";
      if (!REFERENCE.test(ref) || !s.home.contact) return notFound(req);
      return page(s, "/contact/received", s.t("receivedTitle"), <ReceivedPage site={s.site} t={s.t} reference={ref} />);
    }
    return modulePage(req, s, path, url, "GET");
  } catch (e) {
    if (e instanceof TRPCError && e.code === "NOT_FOUND") return notFound(req);
    throw e;
  }
}

interface PostedForm {
  fields: Record<string, string>;
  files: Record<string, { name: string; data: string }>;
}

/**
 * A public form's post: its text fields and, for a multipart form, its chosen files (base64, for a public procedure's
 * publicUpload input). The body is read only up to its limit (64 kB of text, or FILES_MAX_MB more with a file); a
 * larger one is null, and the page answers 413.
 */
async function formFields(req: Request): Promise<PostedForm | null> {
  const type = req.headers.get("content-type") ?? "";
  const multipart = type.startsWith("multipart/form-data");
  if (!type.startsWith("application/x-www-form-urlencoded") && !multipart) return null;
  const body = await readCapped(req, multipart ? MAX_BODY + env().FILES_MAX_MB * 1024 * 1024 : MAX_BODY);
  if (!body) return null;
  const data = await new Request(req.url, { method: "POST", headers: { "content-type": type }, body }).formData();
  const out: PostedForm = { fields: {}, files: {} };
  for (const [k, v] of data.entries()) {
    if (k.length > 100) continue;
    if (typeof v === "string") out.fields[k] = v;
    // An empty file input sends a nameless empty file: nothing was chosen.
    else if (v.size > 0)
      out.files[k] = { name: v.name.slice(0, 200) || "foto", data: Buffer.from(await v.arrayBuffer()).toString("base64") };
  }
  return out;
}

/** POST /<slug>/<path…>: a public form. On success a redirect to the receipt; otherwise the page with its errors. */
export async function publicPost(req: Request, slug: string, path: string[]): Promise<Response> {
  const site = await loadSite(slug, req);
  if (!site) return notFound(req);
  const posted = await formFields(req);
  if (!posted) return new Response(null, { status: 413 });
  const { fields, files } = posted;
  // The solved proof of work (when the form carried a challenge) goes with the request, not in any procedure's input.
  const s: Site = { ...site, ...publicCaller(slug, req, site.site.locale, fields.altcha || null) };
  const key = path.join("/");
  try {
    if (key === "contact") {
      try {
        const r = await s.api.publicSite.sendContact({
          name: fields.name ?? "",
          email: fields.email ?? "",
          phone: fields.phone ?? "",
          neighbourhoodId: fields.neighbourhoodId ?? "",
          message: fields.message ?? "",
          consent: fields.consent === "yes",
          formToken: fields.formToken ?? "",
          website: fields.website ?? "",
        });
        return new Response(null, { status: 303, headers: { location: `/${slug}/contact/received?ref=${r.reference}` } });
      } catch (e) {
        const { formToken: _t, website: _w, altcha: _a, ...values } = fields;
        return contactPage(s, errorsOf(e, s.site.locale), values, statusOf(e));
      }
    }
    return modulePage(req, s, path, new URL(req.url), "POST", fields, files);
  } catch (e) {
    if (e instanceof TRPCError && e.code === "NOT_FOUND") return notFound(req);
    throw e;
  }
}

/** A module's public page: the module on, the page's switch on; its form posts go to the page's action. */
async function modulePage(
  req: Request,
  s: Site,
  path: string[],
  url: URL,
  method: "GET" | "POST",
  fields?: Record<string, string>,
  files?: PostedForm["files"],
) {
  const [moduleId, ...rest] = path;
  const ui = moduleId && s.home.modules.some((m) => m.id === moduleId) ? await uiOf(moduleId) : null;
  const pages = ui?.publicPages;
  if (!moduleId || !pages) return notFound(req);
  const match = matchModulePage(pages, rest);
  if (!match || !s.home.capabilities.includes(match.page.capability)) return notFound(req);
  const locale = s.site.locale;
  const t = moduleTexts(moduleId, locale);
  // The module's own branch of the app router, for its public procedures (typed by the module from its router's type).
  const api = (s.api as unknown as Record<string, PublicPageProps["api"]>)[moduleId] as PublicPageProps["api"];
  const action = `/${s.site.slug}/${path.map(encodeURIComponent).join("/")}`;
  let errors: Record<string, string> | undefined;
  let values: Record<string, string> | undefined;
  let status = 200;
  if (method === "POST") {
    if (!match.page.action) return new Response(null, { status: 405 });
    try {
      const r = await match.page.action({ slug: s.site.slug, locale, api, params: match.params, fields: fields ?? {}, files: files ?? {} });
      if ("redirect" in r) return new Response(null, { status: 303, headers: { location: r.redirect } });
      errors = r.errors;
    } catch (e) {
      errors = errorsOf(e, locale);
      status = statusOf(e);
    }
    const { formToken: _t, website: _w, altcha: _a, ...rest } = fields ?? {};
    values = rest;
    status = status === 200 ? 400 : status;
  }
  const Component = match.page.component;
  const body = await Component({
    slug: s.site.slug,
    api,
    locale,
    params: match.params,
    searchParams: Object.fromEntries(url.searchParams.entries()),
    action,
    formFields: await guardFields(s),
    errors,
    values,
    t,
  });
  return page(s, action.slice(s.site.slug.length + 1), t(match.page.titleKey), body, status);
}
