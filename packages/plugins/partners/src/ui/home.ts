import type { HomeFigure, HomePoint, HomeProps, HomeSummary, PluginHome } from "@zorgzaam/core/plugin";
import { getTranslations } from "next-intl/server";
import { P } from "../manifest";
import type { PartnersRouter } from "../server/router";

/** Actors put on a neighbourhood's map (the buurtkaart shows them all). */
const POINTS = 200;

/**
 * What Partners adds to "Mijn werk" and a neighbourhood's page, read through the module's procedures (visibility rule,
 * key figures coarsened): per neighbourhood actors, active partners and gaps, linked to the filtered map and gaps page;
 * dormant ties as something to act on; the newest changes; what other organisations share (for partners); and, on a
 * neighbourhood's page, its actors as points.
 */
async function summary(props: HomeProps<PartnersRouter>): Promise<HomeSummary> {
  const t = await getTranslations("partners");
  const api = props.api;
  const base = `/t/${props.slug}/partners`;
  const ids = props.neighbourhoodId ? [props.neighbourhoodId] : [...props.neighbourhoodIds];
  const s = await api.home.summary({ neighbourhoodIds: ids });
  const neighbourhoods: Record<string, HomeFigure[]> = {};
  for (const n of s.neighbourhoods) {
    const q = `neighbourhoodId=${n.id}`;
    neighbourhoods[n.id] = [
      { label: t("home.actors", { count: n.actors }), href: `${base}?${q}` },
      { label: t("home.active", { count: n.active }), href: `${base}/list?${q}&statuses=intensive,occasional` },
      { label: t("home.gaps", { count: n.gaps }), href: `${base}/gaps?${q}`, tone: n.gaps > 0 ? "warn" : "good" },
    ];
  }
  const attention: HomeFigure[] =
    s.dormantTies > 0 ? [{ label: t("home.dormant", { count: s.dormantTies }), href: `${base}/gaps`, tone: "warn" }] : [];
  const recent = s.recent.map((c) => ({
    title: c.actorName,
    detail: t("home.recentDetail", { kind: t(`actors.history.kind.${c.kind}` as never), status: t(`status.${c.status}` as never) }),
    href: `${base}/actors/${c.actorId}`,
    at: c.at,
  }));
  // A partner's home: what other organisations share on the map (staff see it on the map itself).
  const showsShared = props.focus === "partner";
  const mine = showsShared
    ? [
        {
          title: t("home.sharedTitle"),
          entries: s.shared.recent.map((a) => ({
            title: a.name,
            detail: a.organisation ? t("home.sharedBy", { organisation: a.organisation }) : undefined,
            href: `${base}/actors/${a.id}`,
          })),
          empty: t("home.sharedEmpty"),
          more: { label: t("home.sharedMore", { count: s.shared.count }), href: base },
        },
      ]
    : [];
  return { neighbourhoods, attention, recent, mine, points: props.neighbourhoodId ? await points(props, props.neighbourhoodId) : [] };
}

/** The neighbourhood's actors with a point: the map's points (coarsened where they must be) named from the list. */
async function points(props: HomeProps<PartnersRouter>, neighbourhoodId: string): Promise<HomePoint[]> {
  const api = props.api;
  const filters = { neighbourhoodId };
  const [{ points: packed }, list] = await Promise.all([
    api.map.points({ filters }),
    api.map.list({ filters, pageSize: POINTS, page: 1, sort: "name" }),
  ]);
  const names = new Map(list.items.map((a) => [a.id, a.name]));
  return packed.id.flatMap((id, i) => {
    const name = names.get(id);
    const lat = packed.lat[i];
    const lng = packed.lng[i];
    if (!name || lat === undefined || lng === undefined) return [];
    return [{ lat, lng, label: name, href: `/t/${props.slug}/partners/actors/${id}` }];
  });
}

export const home: PluginHome = { permission: P.view, summary };
