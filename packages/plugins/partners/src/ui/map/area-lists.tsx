"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { MapPoint } from "../../server/map/codec";

const linkClass = "inline-flex min-h-11 items-center font-medium underline underline-offset-2";

/**
 * Under the map, what the map cannot show well: actors whose point lies far outside the neighbourhoods (with a way to
 * fix the point, and to look at it on the map), and actors without a point (with a way to place them). The links go
 * to the actor's form, whose point picker is the way to move or place a point; members who may not edit actors get
 * the actor's page instead.
 */
export function AreaLists(props: {
  slug: string;
  canManage: boolean;
  outside: MapPoint[];
  unplaced: { id: string; name: string }[];
  withoutPoint: number;
  onShow: (p: MapPoint) => void;
}) {
  const t = useTranslations("partners.map.area");
  const base = `/t/${props.slug}/partners/actors`;
  const fixHref = (id: string) => (props.canManage ? `${base}/${id}/edit#point` : `${base}/${id}`);
  const { outside, unplaced, withoutPoint } = props;
  if (outside.length === 0 && withoutPoint === 0) return null;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {outside.length ? (
        <section aria-labelledby="area-outside-title" className="rounded-lg border border-amber-700 bg-amber-50 p-3">
          <h3 id="area-outside-title" className="font-semibold text-slate-900">
            {t("outsideTitle", { count: outside.length })}
          </h3>
          <p className="text-sm text-slate-800">{t("outsideIntro")}</p>
          <ul className="mt-2 divide-y divide-amber-200">
            {outside.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center gap-x-3 py-1">
                <span className="min-w-0 flex-1 [overflow-wrap:anywhere]">{p.name}</span>
                <button
                  type="button"
                  className={linkClass}
                  aria-label={t("showOnMapFor", { name: p.name })}
                  onClick={() => props.onShow(p)}
                >
                  {t("showOnMap")}
                </button>
                <Link href={fixHref(p.id)} className={linkClass} aria-label={t(props.canManage ? "fixFor" : "openFor", { name: p.name })}>
                  {t(props.canManage ? "fix" : "open")}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {withoutPoint ? (
        <section aria-labelledby="area-unplaced-title" className="rounded-lg border border-slate-300 bg-white p-3">
          <h3 id="area-unplaced-title" className="font-semibold text-slate-900">
            {t("unplacedTitle", { count: withoutPoint })}
          </h3>
          <p className="text-sm text-slate-800">{t("unplacedIntro")}</p>
          <ul className="mt-2 max-h-80 divide-y divide-slate-200 overflow-y-auto">
            {unplaced.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center gap-x-3 py-1">
                <span className="min-w-0 flex-1 [overflow-wrap:anywhere]">{a.name}</span>
                <Link href={fixHref(a.id)} className={linkClass} aria-label={t(props.canManage ? "placeFor" : "openFor", { name: a.name })}>
                  {t(props.canManage ? "place" : "open")}
                </Link>
              </li>
            ))}
          </ul>
          {withoutPoint > unplaced.length ? <p className="mt-2 text-sm">{t("more", { count: withoutPoint - unplaced.length })}</p> : null}
        </section>
      ) : null}
    </div>
  );
}
