"use client";
import { Badge, buttonClass } from "@zorgzaam/ui";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { STATUS_COLORS } from "../../domain";
import { errorMessage, usePartners } from "../client";
import { sectorLabel, type SectorOption } from "../actors/labels";

type Card = Awaited<ReturnType<ReturnType<typeof usePartners>["map"]["card"]["query"]>>;

/**
 * The card a point opens: who it is, our relationship, and the way to the actor's page. It takes the focus when it
 * opens (so a keyboard or screen-reader user lands on it) and gives it back to the point when it closes (Escape too).
 */
export function ActorCard({
  id,
  slug,
  sectors,
  onClose,
}: {
  id: string;
  slug: string;
  sectors: ReadonlyMap<string, SectorOption>;
  onClose: () => void;
}) {
  const t = useTranslations("partners");
  const locale = useLocale();
  const api = usePartners();
  const [card, setCard] = useState<Card | null>(null);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const box = useRef<HTMLElement>(null);

  useEffect(() => {
    let stale = false;
    setCard(null);
    setError(null);
    api.map.card
      .query({ id })
      .then((c) => {
        if (!stale) setCard(c);
      })
      .catch((e: unknown) => {
        if (!stale) setError(errorMessage(e) || t("map.card.failed"));
      });
    return () => {
      stale = true;
    };
  }, [api, id, t]);

  useEffect(() => {
    if (card) heading.current?.focus();
    else box.current?.focus();
  }, [card]);

  const base = `/t/${slug}/partners/actors/${id}`;
  const status = card?.status as keyof typeof STATUS_COLORS | undefined;
  return (
    <section
      ref={box}
      tabIndex={-1}
      aria-labelledby={card ? `card-${id}` : undefined}
      aria-label={card ? undefined : t("map.card.loading")}
      onKeyDown={(e) => {
        if (e.key === "Escape") onClose();
      }}
      className="absolute inset-x-2 bottom-2 z-10 max-h-[80%] overflow-y-auto rounded-xl border border-slate-300 bg-white p-4 shadow-lg sm:right-auto sm:w-96"
    >
      <button
        type="button"
        onClick={onClose}
        className="absolute top-2 right-2 inline-flex size-11 items-center justify-center rounded-lg text-2xl text-slate-800 hover:bg-slate-100"
        aria-label={t("map.card.close")}
      >
        <span aria-hidden="true">×</span>
      </button>
      {error ? (
        <p role="alert" className="pr-10 text-red-800">
          {error}
        </p>
      ) : !card ? (
        <p role="status" className="pr-10 text-slate-700">
          {t("map.card.loading")}
        </p>
      ) : (
        <>
          <h3 id={`card-${id}`} ref={heading} tabIndex={-1} className="pr-10 text-lg font-semibold text-slate-900">
            {card.name}
          </h3>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
            <Badge>{t(`kind.${card.kind}` as "kind.organisation")}</Badge>
            {status ? (
              <span className="inline-flex items-center gap-1">
                <span aria-hidden="true" className="inline-block size-3 rounded-full" style={{ backgroundColor: STATUS_COLORS[status] }} />
                {t(`status.${status}`)}
              </span>
            ) : null}
            {card.missing ? <Badge tone="warn">{t("missing")}</Badge> : null}
            {card.archived ? <Badge tone="bad">{t("map.card.archived")}</Badge> : null}
          </p>
          {card.missing && card.missingNote ? <p className="mt-2 text-sm text-slate-800 italic">{card.missingNote}</p> : null}
          <dl className="mt-3 space-y-1 text-sm text-slate-800">
            {card.sectorKeys.length ? (
              <div>
                <dt className="inline font-semibold">{t("map.card.sectors")}: </dt>
                <dd className="inline">
                  {card.sectorKeys.map((k) => (sectors.get(k) ? sectorLabel(sectors.get(k) as SectorOption, locale) : k)).join(", ")}
                </dd>
              </div>
            ) : null}
            {card.address || card.city ? (
              <div>
                <dt className="inline font-semibold">{t("map.card.address")}: </dt>
                <dd className="inline">
                  {[card.address, [card.postcode, card.city].filter(Boolean).join(" ")].filter(Boolean).join(", ")}
                </dd>
              </div>
            ) : null}
            <div>
              <dt className="inline font-semibold">{t("map.card.organisation")}: </dt>
              <dd className="inline">{card.organisationName ?? t("noOrganisation")}</dd>
            </div>
            {card.neighbourhoods.length ? (
              <div>
                <dt className="inline font-semibold">{t("map.card.neighbourhoods")}: </dt>
                <dd className="inline">{card.neighbourhoods.join(", ")}</dd>
              </div>
            ) : null}
            {card.offersUs ? (
              <div>
                <dt className="inline font-semibold">{t("map.card.offersUs")}: </dt>
                <dd className="inline">{card.offersUs}</dd>
              </div>
            ) : null}
            {card.offersThem ? (
              <div>
                <dt className="inline font-semibold">{t("map.card.offersThem")}: </dt>
                <dd className="inline">{card.offersThem}</dd>
              </div>
            ) : null}
          </dl>
          {card.pointCoarsened ? <p className="mt-2 text-sm text-slate-700">{t("map.card.approximate")}</p> : null}
          <p className="mt-3 flex flex-wrap gap-2">
            <Link href={base} className={buttonClass("primary")}>
              {t("map.card.open")}
            </Link>
            {card.mayEdit && !card.archived ? (
              <Link href={`${base}/edit`} className={buttonClass("secondary")}>
                {t("map.card.edit")}
              </Link>
            ) : null}
          </p>
        </>
      )}
    </section>
  );
}
