"use client";
import type { CoreRouter } from "@zorgzaam/core/plugin";
import { LIMITS } from "@zorgzaam/core/limits";
import { Button, usePlatformClient } from "@zorgzaam/ui";
import { AddressSearch, type AddressSearchLabels, type Bbox, type MapConfig, type MapHandle, MapPinIcon, MapView } from "@zorgzaam/ui/map";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState } from "react";
import { useMapLabels } from "../map/map-labels";

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * Place or move the actor's point by searching its address (when the installation has a geocoder: core's geo.search),
 * by clicking (tapping) the map, or, on a phone standing at the spot, with "use my location" (the browser's
 * Geolocation API: it asks the person's permission; nothing is sent anywhere but this form). The latitude/longitude
 * fields beside it stay the keyboard alternative; all edit the same values.
 */
export function PointPicker({
  config,
  lat,
  lng,
  onPick,
}: {
  config: MapConfig;
  lat: number | null;
  lng: number | null;
  onPick: (lat: number | null, lng: number | null) => void;
}) {
  const t = useTranslations("partners.actors.point");
  const labels = useMapLabels();
  const has = lat !== null && lng !== null && Number.isFinite(lat) && Number.isFinite(lng);
  // Framed once, around the point the form started with (later clicks must not make the map jump).
  const [frame] = useState<Bbox | null>(() => (has ? [lng - 0.004, lat - 0.0025, lng + 0.004, lat + 0.0025] : null));
  const map = useRef<MapHandle | null>(null);
  // Until the map loads (a phone: after a tap), the point as a dot; address search and the fields work without it.
  const preview = useMemo(() => ({ points: has ? [{ lat, lng }] : [] }), [has, lat, lng]);
  const [canLocate, setCanLocate] = useState(false);
  const [locating, setLocating] = useState(false);
  const [locateProblem, setLocateProblem] = useState<string | null>(null);
  const core = usePlatformClient<CoreRouter>();
  const ts = useTranslations("partners.actors.point.search");
  const searchLabels = useMemo<AddressSearchLabels>(
    () => ({
      label: ts("label"),
      hint: ts("hint"),
      button: ts("button"),
      searching: ts("searching"),
      noResults: ts("noResults"),
      found: (count) => ts("found", { count }),
      results: ts("results"),
      tooShort: ts("tooShort"),
      tooLong: (max) => ts("tooLong", { max }),
    }),
    [ts],
  );
  // Known only in the browser (and only on a secure page: https or localhost).
  useEffect(() => setCanLocate(typeof navigator !== "undefined" && "geolocation" in navigator && window.isSecureContext), []);

  function locate() {
    setLocating(true);
    setLocateProblem(null);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setLocating(false);
        const p = { lat: round6(pos.coords.latitude), lng: round6(pos.coords.longitude) };
        onPick(p.lat, p.lng);
        map.current?.flyTo(p, 17);
      },
      (e) => {
        setLocating(false);
        setLocateProblem(e.code === e.PERMISSION_DENIED ? t("locationDenied") : t("locationUnavailable"));
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  }

  return (
    <figure className="space-y-2">
      {config.addressSearch ? (
        <AddressSearch
          labels={searchLabels}
          limit={LIMITS.addressSearch}
          search={async (q) => (await core.geo.search.query({ q })).results}
          onPick={(p) => {
            onPick(round6(p.lat), round6(p.lng));
            map.current?.flyTo({ lat: p.lat, lng: p.lng }, 17);
          }}
        />
      ) : null}
      {canLocate ? (
        <div className="flex flex-wrap items-center gap-2">
          <Button variant="secondary" onClick={locate} disabled={locating}>
            {locating ? t("locating") : t("useMyLocation")}
          </Button>
          {locateProblem ? (
            <p role="alert" className="text-sm text-red-800">
              {locateProblem}
            </p>
          ) : null}
        </div>
      ) : null}
      <div className="h-64 overflow-hidden rounded-lg border border-slate-300 sm:h-80">
        <MapView
          config={config}
          labels={labels}
          bbox={frame}
          cursor="crosshair"
          preview={preview}
          mapRef={map}
          onMapClick={(p) => onPick(round6(p.lat), round6(p.lng))}
        >
          {(kit) =>
            has ? (
              <kit.Marker latitude={lat} longitude={lng} anchor="bottom">
                <MapPinIcon label={t("marker")} />
              </kit.Marker>
            ) : null
          }
        </MapView>
      </div>
      <figcaption className="flex flex-wrap items-center justify-between gap-2 text-sm text-slate-800" aria-live="polite">
        <span>{has ? t("placed") : t("clickToPlace")}</span>
        {has ? (
          <Button variant="ghost" onClick={() => onPick(null, null)}>
            {t("clear")}
          </Button>
        ) : null}
      </figcaption>
    </figure>
  );
}
