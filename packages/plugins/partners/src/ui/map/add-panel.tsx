"use client";
import { Button, buttonClass } from "@zorgzaam/ui";
import type { LatLng } from "@zorgzaam/ui/map";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";

/**
 * While a new actor is being placed: how to pick the point, the map's centre as an alternative to clicking, and once a
 * point is picked, its coordinates and the way on to the new-actor form (which starts with them).
 */
export function AddPanel(props: { slug: string; picked: LatLng | null; onUseCentre: () => void }) {
  const t = useTranslations("partners");
  const format = useFormatter();
  const { picked } = props;
  return (
    <div className="rounded-lg border border-teal-800 bg-teal-50 p-3 text-slate-900" role="status">
      <p>{t("map.add.hint")}</p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <Button variant="secondary" onClick={props.onUseCentre}>
          {t("map.add.useCentre")}
        </Button>
        {picked ? (
          <>
            <span>
              {t("map.add.picked", {
                lat: format.number(picked.lat, { maximumFractionDigits: 5 }),
                lng: format.number(picked.lng, { maximumFractionDigits: 5 }),
              })}
            </span>
            <Link href={`/t/${props.slug}/partners/actors/new?lat=${picked.lat}&lng=${picked.lng}`} className={buttonClass("primary")}>
              {t("map.add.continue")}
            </Link>
          </>
        ) : null}
      </div>
    </div>
  );
}
