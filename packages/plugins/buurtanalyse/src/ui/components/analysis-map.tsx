"use client";
import { Button, ConfirmButton, ErrorSummary, SelectField, TextArea, TextField, useFormErrors } from "@zorgzaam/ui";
import {
  type DrawGeometry,
  type DrawnFeature,
  FeatureDrawer,
  featureDrawLabelsFrom,
  type MapConfig,
  mapLabelsFrom,
} from "@zorgzaam/ui/map";
import { toast } from "@zorgzaam/ui/toast";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useEffect, useMemo, useState } from "react";
import { MAP_CATEGORIES, MAP_KINDS, type MapCategory, type MapKind } from "../../domain";
import { BUURTANALYSE_LIMITS as L } from "../../limits";
import { geometryFromText, geometryToText, type PositionsProblem, type TextGeometry } from "../../map-text";
import { errorMessage, textOf, useBuurtanalyse } from "../client";
import { CATEGORY_COLOR } from "../../map-colors";

export interface MapItem {
  id: string;
  kind: MapKind;
  category: MapCategory;
  label: string;
  note: string | null;
  geometry: DrawGeometry;
  updatedBy: string | null;
}

export interface AnalysisMapProps {
  analysisId: string;
  config: MapConfig;
  frame: [number, number, number, number] | null;
  items: MapItem[];
  canEdit: boolean;
  notesVisible: boolean;
  boundaries: { id: string; name: string; geometry: { type: string; coordinates: unknown } }[];
  partners: { places: { id: string; name: string; kind: string; lat: number; lng: number }[]; more: boolean } | null;
  /** The team's decision on the boundary (Afbakening): one boundary, or a core and an edge. */
  decision?: { mode: string; geometry: Shape | null; core: Shape | null; edge: Shape | null } | null;
  /** Round 4: observations with a point (an overlay, entered on the Veldwerk page). */
  observations?: { id: string; text: string; lat: number; lng: number }[];
}

type Shape = { type: string; coordinates: unknown };
const shapeFeature = (geometry: Shape) => ({ type: "Feature" as const, properties: {}, geometry });

/**
 * BA-3 on the map: draw points, lines and areas (the shared FeatureDrawer), each saved at once with the category and
 * label chosen above the map; the layers under it (the neighbourhood's boundary, the actors of the partner map); and
 * the list of everything drawn, where each item's words, category, note and positions can be changed as text: the
 * way to do all of it without the map.
 */
export function AnalysisMap(props: AnalysisMapProps) {
  const t = useTranslations("buurtanalyse.map");
  const tc = useTranslations("buurtanalyse.map.controls");
  const td = useTranslations("buurtanalyse.map.draw");
  const api = useBuurtanalyse();
  const router = useRouter();
  const labels = useMemo(() => mapLabelsFrom(tc), [tc]);
  const drawLabels = useMemo(() => featureDrawLabelsFrom(td), [td]);
  const [items, setItems] = useState(props.items);
  useEffect(() => setItems(props.items), [props.items]);
  const [selected, setSelected] = useState<string | null>(null);
  const [category, setCategory] = useState<MapCategory>("meeting_place");
  const [label, setLabel] = useState("");
  const [showBoundary, setShowBoundary] = useState(true);
  const [showPartners, setShowPartners] = useState(true);
  const [showDecision, setShowDecision] = useState(true);
  const decision = props.decision ?? null;
  const [showObservations, setShowObservations] = useState(true);

  const features: DrawnFeature[] = useMemo(
    () => items.map((i) => ({ id: i.id, geometry: i.geometry, color: CATEGORY_COLOR[i.category] })),
    [items],
  );

  async function create(geometry: DrawGeometry) {
    const words = label.trim() || t(`category.${category}`);
    try {
      const r = await api.map.add.mutate({ analysisId: props.analysisId, category, label: words, note: null, geometry });
      const kind: MapKind = geometry.type === "Point" ? "point" : geometry.type === "LineString" ? "line" : "area";
      setItems((xs) => [...xs, { id: r.id, kind, category, label: words, note: null, geometry, updatedBy: null }]);
      setSelected(r.id);
      setLabel("");
      toast.success(t("added", { label: words }));
      router.refresh();
    } catch (e) {
      toast.error(errorMessage(e));
    }
  }

  async function reshape(id: string, geometry: DrawGeometry) {
    try {
      await api.map.update.mutate({ id, geometry });
      setItems((xs) => xs.map((x) => (x.id === id ? { ...x, geometry } : x)));
      toast.success(t("moved"));
      router.refresh();
    } catch (e) {
      toast.error(errorMessage(e));
      router.refresh();
    }
  }

  const partnerData = useMemo(
    () => ({
      type: "FeatureCollection" as const,
      features: (props.partners?.places ?? []).map((p) => ({
        type: "Feature" as const,
        id: p.id,
        properties: {},
        geometry: { type: "Point", coordinates: [p.lng, p.lat] },
      })),
    }),
    [props.partners],
  );

  const observationData = useMemo(
    () => ({
      type: "FeatureCollection" as const,
      features: (props.observations ?? []).map((o) => ({
        type: "Feature" as const,
        id: o.id,
        properties: {},
        geometry: { type: "Point", coordinates: [o.lng, o.lat] },
      })),
    }),
    [props.observations],
  );

  return (
    <div className="grid grid-cols-1 *:min-w-0 gap-4 xl:grid-cols-[3fr_2fr]">
      <section aria-labelledby="ba-map-title" className="space-y-3">
        <h2 id="ba-map-title" className="text-lg font-semibold">
          {t("mapTitle")}
        </h2>
        {props.canEdit ? (
          <div className="grid grid-cols-1 *:min-w-0 gap-3 sm:grid-cols-2">
            <SelectField label={t("newCategory")} value={category} onChange={(e) => setCategory(e.currentTarget.value as MapCategory)}>
              {MAP_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`category.${c}`)}
                </option>
              ))}
            </SelectField>
            <TextField
              label={t("newLabel")}
              hint={t("newLabelHint")}
              value={label}
              limit={L.label}
              onChange={(e) => setLabel(e.currentTarget.value)}
            />
          </div>
        ) : null}
        <FeatureDrawer
          config={props.config}
          labels={labels}
          drawLabels={drawLabels}
          features={features}
          bbox={props.frame}
          readOnly={!props.canEdit}
          selectedId={selected}
          onSelect={setSelected}
          onCreate={create}
          onChange={reshape}
        >
          {(kit) => (
            <>
              {showBoundary
                ? props.boundaries.map((b) => (
                    <kit.GeoJsonLayer
                      key={b.id}
                      id={`ba-boundary-${b.id}`}
                      data={{ type: "Feature", properties: {}, geometry: b.geometry }}
                      line="#0f172a"
                      lineWidth={2}
                      dashed
                    />
                  ))
                : null}
              {showDecision && decision?.geometry ? (
                <kit.GeoJsonLayer id="ba-decided" data={shapeFeature(decision.geometry)} line="#0f172a" lineWidth={4} />
              ) : null}
              {showDecision && decision?.core ? (
                <kit.GeoJsonLayer
                  id="ba-decided-core"
                  data={shapeFeature(decision.core)}
                  fill="#1e3a8a"
                  fillOpacity={0.15}
                  line="#0f172a"
                  lineWidth={3}
                />
              ) : null}
              {showDecision && decision?.edge ? (
                <kit.GeoJsonLayer
                  id="ba-decided-edge"
                  data={shapeFeature(decision.edge)}
                  fill="#93c5fd"
                  fillOpacity={0.15}
                  line="#0f172a"
                  lineWidth={1}
                  dashed
                />
              ) : null}
              {showPartners && props.partners ? (
                <kit.GeoJsonLayer id="ba-partners" data={partnerData} circle="#334155" circleRadius={5} />
              ) : null}
              {showObservations && props.observations?.length ? (
                <kit.GeoJsonLayer id="ba-observations" data={observationData} circle="#b45309" circleRadius={6} />
              ) : null}
            </>
          )}
        </FeatureDrawer>
        <fieldset className="space-y-2 rounded-xl border border-slate-300 bg-white p-3">
          <legend className="px-1 font-semibold">{t("layers")}</legend>
          <label className="flex min-h-11 items-center gap-2">
            <input type="checkbox" className="size-5" checked={showBoundary} onChange={(e) => setShowBoundary(e.currentTarget.checked)} />
            {t("layerBoundary", { count: props.boundaries.length })}
          </label>
          {decision ? (
            <label className="flex min-h-11 items-center gap-2">
              <input type="checkbox" className="size-5" checked={showDecision} onChange={(e) => setShowDecision(e.currentTarget.checked)} />
              {decision.mode === "fuzzy" ? t("layerDecisionFuzzy") : t("layerDecisionOne")}
            </label>
          ) : null}
          {props.partners ? (
            <>
              <label className="flex min-h-11 items-center gap-2">
                <input
                  type="checkbox"
                  className="size-5"
                  checked={showPartners}
                  onChange={(e) => setShowPartners(e.currentTarget.checked)}
                />
                {t("layerPartners", { count: props.partners.places.length })}
              </label>
              {props.partners.more ? (
                <p className="text-sm text-slate-700">{t("partnersMore", { max: props.partners.places.length })}</p>
              ) : null}
              {props.partners.places.length ? (
                <details className="text-sm">
                  <summary className="min-h-11 cursor-pointer py-2.5 underline">{t("partnersList")}</summary>
                  <ul className="max-h-64 list-disc overflow-y-auto pl-5">
                    {props.partners.places.map((p) => (
                      <li key={p.id}>{p.name}</li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </>
          ) : (
            <p className="text-sm text-slate-700">{t("partnersOff")}</p>
          )}
          {props.observations?.length ? (
            <>
              <label className="flex min-h-11 items-center gap-2">
                <input
                  type="checkbox"
                  className="size-5"
                  checked={showObservations}
                  onChange={(e) => setShowObservations(e.currentTarget.checked)}
                />
                {t("layerObservations", { count: props.observations.length })}
              </label>
              <details className="text-sm">
                <summary className="min-h-11 cursor-pointer py-2.5 underline">{t("observationsList")}</summary>
                <ul className="max-h-64 list-disc overflow-y-auto pl-5">
                  {props.observations.map((o) => (
                    <li key={o.id} className="break-words">
                      {o.text}
                    </li>
                  ))}
                </ul>
              </details>
            </>
          ) : null}
          <p className="text-sm text-slate-700">{t("noChoropleth")}</p>
        </fieldset>
        <Legend />
      </section>
      <section aria-labelledby="ba-items-title" className="space-y-3">
        <h2 id="ba-items-title" className="text-lg font-semibold">
          {t("itemsTitle", { count: items.length })}
        </h2>
        <p className="text-sm text-slate-800">{t("itemsIntro")}</p>
        {items.length ? (
          <ul className="grid grid-cols-1 *:min-w-0 gap-2" data-testid="ba-map-items">
            {items.map((i) => (
              <li key={i.id}>
                <ItemEditor
                  item={i}
                  canEdit={props.canEdit}
                  notesVisible={props.notesVisible}
                  open={selected === i.id}
                  onToggle={(open) => setSelected(open ? i.id : selected === i.id ? null : selected)}
                  onSaved={(x) => setItems((xs) => xs.map((y) => (y.id === x.id ? x : y)))}
                  onRemoved={() => setItems((xs) => xs.filter((y) => y.id !== i.id))}
                />
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("empty")}</p>
        )}
        {props.canEdit ? (
          <AddByText analysisId={props.analysisId} notesVisible={props.notesVisible} onAdded={(x) => setItems((xs) => [...xs, x])} />
        ) : null}
      </section>
    </div>
  );
}

function Legend() {
  const t = useTranslations("buurtanalyse.map");
  return (
    <div>
      <h3 className="font-semibold">{t("legend")}</h3>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {MAP_CATEGORIES.map((c) => (
          <li key={c} className="flex items-center gap-1.5">
            <span aria-hidden="true" className="inline-block size-3 rounded-full" style={{ background: CATEGORY_COLOR[c] }} />
            {t(`category.${c}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The words of a positions problem. */
function usePositionsProblem() {
  const t = useTranslations("buurtanalyse.map");
  return (p: PositionsProblem, kind: MapKind) =>
    p.kind === "line"
      ? t("positionsLine", { line: p.line })
      : p.kind === "tooMany"
        ? t("positionsTooMany", { max: p.max })
        : t(`positionsCount.${kind}`);
}

/** One drawn item in the list: its words, category, note and positions, changed as text. */
function ItemEditor(props: {
  item: MapItem;
  canEdit: boolean;
  notesVisible: boolean;
  open: boolean;
  onToggle: (open: boolean) => void;
  onSaved: (x: MapItem) => void;
  onRemoved: () => void;
}) {
  const t = useTranslations("buurtanalyse.map");
  const tb = useTranslations("buurtanalyse");
  const api = useBuurtanalyse();
  const router = useRouter();
  const problems = useFormErrors();
  const positionsProblem = usePositionsProblem();
  const [busy, setBusy] = useState(false);
  const i = props.item;

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const read = geometryFromText(i.kind, String(form.get("positions") ?? ""), L.mapVertices);
    if ("problem" in read) {
      problems.show({ positions: positionsProblem(read.problem, i.kind) });
      return;
    }
    const next = {
      category: String(form.get("category")) as MapCategory,
      label: String(form.get("label") ?? ""),
      ...(props.notesVisible ? { note: textOf(form, "note") } : {}),
      geometry: read.geometry as DrawGeometry,
    };
    setBusy(true);
    try {
      await api.map.update.mutate({ id: i.id, ...next });
      problems.clear();
      props.onSaved({ ...i, ...next, label: next.label.trim(), note: props.notesVisible ? (next.note ?? null) : i.note });
      toast.success(t("saved", { label: next.label.trim() }));
      router.refresh();
    } catch (err) {
      problems.fail(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <details
      open={props.open}
      onToggle={(e) => {
        const open = e.currentTarget.open;
        if (open !== props.open) props.onToggle(open);
      }}
      className="rounded-lg border border-slate-300 bg-white"
    >
      <summary className="flex min-h-11 cursor-pointer items-center gap-2 p-3">
        <span aria-hidden="true" className="inline-block size-3 shrink-0 rounded-full" style={{ background: CATEGORY_COLOR[i.category] }} />
        <span className="font-semibold">{i.label}</span>
        <span className="text-sm text-slate-700">
          {t(`kind.${i.kind}`)} · {t(`category.${i.category}`)}
        </span>
      </summary>
      <div className="border-t border-slate-200 p-3">
        {props.canEdit ? (
          <form onSubmit={submit} noValidate className="grid grid-cols-1 *:min-w-0 gap-3">
            <ErrorSummary errors={problems.state} />
            <TextField name="label" label={t("label")} defaultValue={i.label} limit={L.label} required error={problems.err("label")} />
            <SelectField name="category" label={t("categoryLabel")} defaultValue={i.category} error={problems.err("category")}>
              {MAP_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`category.${c}`)}
                </option>
              ))}
            </SelectField>
            {props.notesVisible ? (
              <TextArea
                name="note"
                label={t("note")}
                hint={t("noteHint")}
                defaultValue={i.note ?? ""}
                limit={L.longText}
                error={problems.err("note")}
              />
            ) : null}
            <TextArea
              name="positions"
              label={t("positions")}
              hint={t(`positionsHint.${i.kind}`)}
              defaultValue={geometryToText(i.geometry as TextGeometry)}
              rows={i.kind === "point" ? 1 : 4}
              error={problems.err("positions") ?? problems.err("geometry")}
            />
            <div className="flex flex-wrap gap-2">
              <Button type="submit" disabled={busy}>
                {t("save")}
              </Button>
              <ConfirmButton
                variant="ghost"
                aria-label={tb("common.removeNamed", { what: i.label })}
                title={tb("common.confirmRemove", { what: i.label })}
                confirmLabel={tb("common.remove")}
                cancelLabel={tb("common.cancel")}
                onConfirm={async () => {
                  try {
                    await api.map.remove.mutate({ id: i.id });
                    props.onRemoved();
                    router.refresh();
                  } catch (err) {
                    toast.error(errorMessage(err));
                  }
                }}
              >
                {tb("common.remove")}
              </ConfirmButton>
            </div>
          </form>
        ) : (
          <dl className="grid grid-cols-1 gap-1 text-sm">
            {props.notesVisible && i.note ? (
              <>
                <dt className="font-semibold">{t("note")}</dt>
                <dd className="whitespace-pre-line">{i.note}</dd>
              </>
            ) : null}
            <dt className="font-semibold">{t("positions")}</dt>
            <dd className="whitespace-pre-line">{geometryToText(i.geometry as TextGeometry)}</dd>
          </dl>
        )}
        {i.updatedBy ? <p className="mt-2 text-sm text-slate-700">{t("lastBy", { who: i.updatedBy })}</p> : null}
      </div>
    </details>
  );
}

/** Adding an item without the map: its shape, words and positions typed as text. */
function AddByText(props: { analysisId: string; notesVisible: boolean; onAdded: (x: MapItem) => void }) {
  const t = useTranslations("buurtanalyse.map");
  const api = useBuurtanalyse();
  const router = useRouter();
  const problems = useFormErrors();
  const positionsProblem = usePositionsProblem();
  const [kind, setKind] = useState<MapKind>("point");
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const el = e.currentTarget;
    const form = new FormData(el);
    const read = geometryFromText(kind, String(form.get("positions") ?? ""), L.mapVertices);
    if ("problem" in read) {
      problems.show({ positions: positionsProblem(read.problem, kind) });
      return;
    }
    const category = String(form.get("category")) as MapCategory;
    const label = String(form.get("label") ?? "");
    const note = props.notesVisible ? textOf(form, "note") : null;
    setBusy(true);
    try {
      const geometry = read.geometry as DrawGeometry;
      const r = await api.map.add.mutate({ analysisId: props.analysisId, category, label, note, geometry });
      props.onAdded({ id: r.id, kind, category, label: label.trim(), note, geometry, updatedBy: null });
      el.reset();
      setKind("point");
      problems.clear();
      toast.success(t("added", { label: label.trim() }));
      router.refresh();
    } catch (err) {
      problems.fail(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="grid grid-cols-1 *:min-w-0 gap-3 rounded-xl border border-slate-300 bg-white p-4">
      <h3 className="font-semibold">{t("addByText")}</h3>
      <ErrorSummary errors={problems.state} />
      <SelectField name="kind" label={t("kindLabel")} value={kind} onChange={(e) => setKind(e.currentTarget.value as MapKind)}>
        {MAP_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`kind.${k}`)}
          </option>
        ))}
      </SelectField>
      <TextField name="label" label={t("label")} limit={L.label} required error={problems.err("label")} />
      <SelectField name="category" label={t("categoryLabel")} defaultValue="meeting_place" error={problems.err("category")}>
        {MAP_CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {t(`category.${c}`)}
          </option>
        ))}
      </SelectField>
      {props.notesVisible ? (
        <TextArea name="note" label={t("note")} hint={t("noteHint")} limit={L.longText} error={problems.err("note")} />
      ) : null}
      <TextArea
        name="positions"
        label={t("positions")}
        hint={t(`positionsHint.${kind}`)}
        rows={kind === "point" ? 1 : 4}
        error={problems.err("positions") ?? problems.err("geometry")}
      />
      <div>
        <Button type="submit" disabled={busy}>
          {t("add")}
        </Button>
      </div>
    </form>
  );
}
