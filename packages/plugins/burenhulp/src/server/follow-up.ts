import { env, escapeHtml, queueMail, signToken, type Tx, verifyToken } from "@zorgzaam/core/plugin";
import { formatDay, mailLocale, translator } from "./i18n";

/** The purpose of the follow-up links' signature (a token for anything else is worthless here). */
export const FOLLOW_UP_PURPOSE = "burenhulp.follow-up v1";
/** How long a follow-up link works. */
const LINK_DAYS = 30;
/** Without a planned date, a match is followed up this many days after it was confirmed. */
export const FOLLOW_UP_AFTER_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export const FOLLOW_UP_SIDES = ["asker", "helper"] as const;
export const FOLLOW_UP_WENT = ["good", "ok", "bad"] as const;

type MailCtx = { tx: Tx; tenant: { id: string; slug: string; defaultLocale: string } };

const base = () => env().APP_URL.replace(/\/$/, "");

function mailOf(paragraphs: string[], link?: { href: string; label: string }) {
  const html = [
    ...paragraphs.map((p) => `<p style="margin:0 0 16px;white-space:pre-wrap">${escapeHtml(p)}</p>`),
    link ? `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p>` : "",
  ].join("\n");
  const text = [...paragraphs, ...(link ? [`${link.label}: ${link.href}`] : [])].join("\n\n");
  return {
    text,
    html: `<!doctype html><html><body style="font-family:system-ui,sans-serif;font-size:16px;line-height:1.5">${html}</body></html>`,
  };
}

function kindWord(kind: { key: string; label: unknown }, locale: "nl" | "fr" | "en"): string {
  const own = (kind.label ?? {}) as Record<string, string | undefined>;
  return own[locale] || own.nl || own.fr || own.en || translator(locale)(`kinds.${kind.key}`);
}

/**
 * The helper hears by mail that her match is confirmed (BH-5): whom she helps (first name), with what, when and the
 * street (shown only now), and that the worker stays her contact. In the mail outbox, in the request's transaction.
 */
export async function mailConfirmedHelper(ctx: MailCtx, matchId: string): Promise<boolean> {
  const m = await ctx.tx.burenhulpMatch.findUnique({
    where: { id: matchId },
    select: {
      id: true,
      offer: { select: { person: { select: { firstName: true, email: true, languages: true } } } },
      request: {
        select: {
          startsOn: true,
          whenNote: true,
          street: true,
          kind: { select: { key: true, label: true } },
          person: { select: { firstName: true } },
          neighbourhood: { select: { name: true } },
        },
      },
    },
  });
  const helper = m?.offer.person;
  if (!m || !helper?.email) return false;
  const locale = mailLocale(helper.languages, ctx.tenant.defaultLocale);
  const t = translator(locale, "mail");
  const r = m.request;
  const when = [r.startsOn ? formatDay(r.startsOn, locale) : "", r.whenNote ?? ""].filter(Boolean).join(", ") || t("whenOpen");
  const where = [r.street, r.neighbourhood?.name].filter(Boolean).join(", ") || "—";
  const body = [
    t("hello", { name: helper.firstName }),
    t("confirmedIntro", { name: r.person?.firstName ?? t("aNeighbour"), kind: kindWord(r.kind, locale) }),
    t("confirmedWhen", { when }),
    t("confirmedWhere", { where }),
    t("confirmedContact"),
    t("tooMuch"),
    t("thanks"),
  ];
  const mail = mailOf(body, { href: `${base()}/t/${ctx.tenant.slug}/burenhulp/mine`, label: t("ownPage") });
  await queueMail({ to: helper.email, subject: t("confirmedSubject"), ...mail }, { idempotencyKey: `burenhulp-confirmed-${m.id}` }, ctx);
  return true;
}

/** When a match is due for its follow-up: the day after the planned date, else a week after it was confirmed. */
export function followUpDue(m: { statusChangedAt: Date; request: { startsOn: Date | null; endsOn: Date | null } }): Date {
  const planned = m.request.endsOn ?? m.request.startsOn;
  return planned ? new Date(planned.getTime() + DAY_MS) : new Date(m.statusChangedAt.getTime() + FOLLOW_UP_AFTER_DAYS * DAY_MS);
}

export function followUpLink(slug: string, tenantId: string, followUpId: string, now = new Date()): string {
  const token = signToken(FOLLOW_UP_PURPOSE, [tenantId, followUpId], new Date(now.getTime() + LINK_DAYS * DAY_MS));
  return `${base()}/${slug}/burenhulp/follow-up?token=${encodeURIComponent(token)}`;
}

/** The follow-up a link names, when its signature holds and it is this tenant's; else null. */
export function followUpFromToken(token: string, tenantId: string): string | null {
  const c = verifyToken(FOLLOW_UP_PURPOSE, token);
  if (!c.ok || c.claims[0] !== tenantId || !c.claims[1]) return null;
  return c.claims[1];
}

/**
 * Asks both sides of these matches how it went (BH-6): one row per side, and a mail with a one-tap link to whoever
 * has an e-mail address (the others are asked by the worker). Running it again sends nothing twice.
 */
export async function sendFollowUps(ctx: MailCtx, matchIds: readonly string[], withLink: boolean): Promise<number> {
  let mailed = 0;
  for (const matchId of matchIds) {
    const m = await ctx.tx.burenhulpMatch.findUnique({
      where: { id: matchId },
      select: {
        id: true,
        offer: { select: { person: { select: { firstName: true, email: true, languages: true } } } },
        request: {
          select: { kind: { select: { key: true, label: true } }, person: { select: { firstName: true, email: true, languages: true } } },
        },
      },
    });
    if (!m) continue;
    const sides = { helper: m.offer.person, asker: m.request.person } as const;
    for (const side of FOLLOW_UP_SIDES) {
      const person = sides[side];
      if (!person) continue;
      const row = await ctx.tx.burenhulpFollowUp.upsert({
        where: { tenantId_matchId_side: { tenantId: ctx.tenant.id, matchId: m.id, side } },
        create: { tenantId: ctx.tenant.id, matchId: m.id, side },
        update: {},
        select: { id: true, mailedAt: true, answeredAt: true },
      });
      if (!withLink || row.mailedAt || row.answeredAt || !person.email) continue;
      const locale = mailLocale(person.languages, ctx.tenant.defaultLocale);
      const t = translator(locale, "mail");
      const mail = mailOf(
        [
          t("hello", { name: person.firstName }),
          t(side === "helper" ? "followUpHelper" : "followUpAsker", { kind: kindWord(m.request.kind, locale) }),
          t("followUpWhy"),
          t("thanks"),
        ],
        { href: followUpLink(ctx.tenant.slug, ctx.tenant.id, row.id), label: t("followUpButton") },
      );
      await queueMail(
        { to: person.email, subject: t("followUpSubject"), ...mail },
        { idempotencyKey: `burenhulp-follow-up-${row.id}` },
        ctx,
      );
      await ctx.tx.burenhulpFollowUp.update({ where: { id: row.id }, data: { mailedAt: new Date() } });
      mailed++;
    }
  }
  return mailed;
}

/**
 * Records an answer (by the link or by the worker). Something heavier noticed flags the request for a worker (a person
 * decides, nothing moves by itself): a red note on its page, a line on the home card that opens the list filtered on
 * it (`flag=heavier`), from where she triages it as heavy and refers it, or notes a signal.
 */
export async function recordFollowUp(
  tx: Tx,
  id: string,
  answer: { happened: boolean; went: (typeof FOLLOW_UP_WENT)[number] | null; heavier: boolean },
  via: "link" | "worker",
): Promise<{ matchId: string; requestId: string } | null> {
  const f = await tx.burenhulpFollowUp.findUnique({
    where: { id },
    select: { id: true, match: { select: { id: true, requestId: true } } },
  });
  if (!f) return null;
  await tx.burenhulpFollowUp.update({ where: { id: f.id }, data: { ...answer, answeredVia: via, answeredAt: new Date() } });
  return { matchId: f.match.id, requestId: f.match.requestId };
}
