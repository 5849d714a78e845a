"use client";
import { Button, ConfirmButton, SelectField } from "@zorgzaam/ui";
import { BoundaryDrawer, type BoundaryGeometry, drawLabelsFrom, type MapConfig, mapLabelsFrom } from "@zorgzaam/ui/map";
import { toast } from "@zorgzaam/ui/toast";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useMemo, useState } from "react";
import { errorMessage, useBuurtanalyse } from "../client";

const CHOICES = ["all", "most", "drawing", "drawn", "fuzzy"] as const;
type Choice = (typeof CHOICES)[number];
type Polygon = { type: "Polygon"; coordinates: number[][][] };

export interface DecideProps {
  analysisId: string;
  config: MapConfig;
  frame: [number, number, number, number] | null;
  drawings: { id: string; label: string }[];
  /** What at least half drew: the start of a boundary drawn anew (when it is one ring). */
  start: BoundaryGeometry | null;
  current: Choice | null;
}

/** The team's decision: one boundary (what all drew, what most drew, one drawing, or drawn anew) or kept fuzzy. */
export function DecideBoundary(props: DecideProps) {
  const t = useTranslations("buurtanalyse.drawBuurt");
  const tc = useTranslations("buurtanalyse.map.controls");
  const td = useTranslations("buurtanalyse.drawBuurt.drawer");
  const labels = useMemo(() => mapLabelsFrom(tc), [tc]);
  const drawLabels = useMemo(() => drawLabelsFrom(td), [td]);
  const api = useBuurtanalyse();
  const router = useRouter();
  const [choice, setChoice] = useState<Choice>(props.current ?? "most");
  const [drawingId, setDrawingId] = useState(props.drawings[0]?.id ?? "");
  const startRing = props.start?.type === "Polygon" && props.start.coordinates.length === 1 ? props.start : null;
  const [drawn, setDrawn] = useState<BoundaryGeometry | null>(startRing);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    try {
      const analysisId = props.analysisId;
      if (choice === "fuzzy") await api.boundary.decide.mutate({ analysisId, mode: "fuzzy" });
      else
        await api.boundary.decide.mutate({
          analysisId,
          mode: "one",
          source: choice,
          drawingId: choice === "drawing" ? drawingId || null : null,
          geometry: choice === "drawn" && drawn?.type === "Polygon" ? (drawn as Polygon as never) : null,
        });
      toast.success(t("decided"));
      router.refresh();
    } catch (err) {
      toast.error(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="grid grid-cols-1 *:min-w-0 gap-3">
      <fieldset className="grid gap-1">
        <legend className="mb-1 font-semibold">{t("decideQuestion")}</legend>
        {CHOICES.map((c) => (
          <label key={c} className="flex min-h-11 items-start gap-2 py-1">
            <input
              type="radio"
              name="choice"
              value={c}
              className="mt-0.5 size-5 shrink-0"
              checked={choice === c}
              disabled={c === "drawing" && props.drawings.length === 0}
              onChange={() => setChoice(c)}
            />
            <span>{t(`choice.${c}`)}</span>
          </label>
        ))}
      </fieldset>
      {choice === "drawing" && props.drawings.length ? (
        <SelectField label={t("whichDrawing")} value={drawingId} onChange={(e) => setDrawingId(e.currentTarget.value)}>
          {props.drawings.map((d) => (
            <option key={d.id} value={d.id}>
              {d.label}
            </option>
          ))}
        </SelectField>
      ) : null}
      {choice === "drawn" ? (
        <div className="grid gap-2">
          <p className="text-sm text-slate-800">{t("drawnHint")}</p>
          <BoundaryDrawer
            config={props.config}
            labels={labels}
            drawLabels={drawLabels}
            value={drawn}
            onChange={(g: Polygon | null) => setDrawn(g)}
            bbox={props.frame}
          />
        </div>
      ) : null}
      <p>
        <Button type="submit" disabled={busy || (choice === "drawn" && drawn?.type !== "Polygon")}>
          {t("decide")}
        </Button>
      </p>
    </form>
  );
}

/** Writes the decided boundary to a neighbourhood of the analysis, after the question in words. */
export function ConfirmBoundary({ analysisId, neighbourhoods }: { analysisId: string; neighbourhoods: { id: string; name: string }[] }) {
  const t = useTranslations("buurtanalyse.drawBuurt");
  const api = useBuurtanalyse();
  const router = useRouter();
  const [id, setId] = useState(neighbourhoods[0]?.id ?? "");
  const [busy, setBusy] = useState(false);
  const name = neighbourhoods.find((n) => n.id === id)?.name ?? "";
  async function confirm() {
    setBusy(true);
    try {
      await api.boundary.confirm.mutate({ analysisId, neighbourhoodId: id, confirm: true });
      toast.success(t("confirmed", { name }));
      router.refresh();
    } catch (e) {
      toast.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="grid grid-cols-1 *:min-w-0 gap-3">
      {neighbourhoods.length > 1 ? (
        <SelectField label={t("whichNeighbourhood")} value={id} onChange={(e) => setId(e.currentTarget.value)}>
          {neighbourhoods.map((n) => (
            <option key={n.id} value={n.id}>
              {n.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <p>
        <ConfirmButton
          variant="primary"
          confirmVariant="primary"
          title={t("confirmTitle", { name })}
          body={t("confirmBody", { name })}
          confirmLabel={t("confirmYes")}
          cancelLabel={t("cancel")}
          disabled={busy || !id}
          onConfirm={confirm}
        >
          {t("confirmButton", { name })}
        </ConfirmButton>
      </p>
    </div>
  );
}
