"use client";
import { Button, ConfirmButton, SelectField, TextArea } from "@zorgzaam/ui";
import { BoundaryDrawer, type BoundaryGeometry, drawLabelsFrom, type MapConfig, mapLabelsFrom } from "@zorgzaam/ui/map";
import { toast } from "@zorgzaam/ui/toast";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { DRAWN_FOR, type DrawnFor } from "../../domain";
import { BUURTANALYSE_LIMITS as L } from "../../limits";
import { geometryFromText, geometryToText, type TextGeometry } from "../../map-text";
import { errorMessage, useBuurtanalyse } from "../client";

type Polygon = { type: "Polygon"; coordinates: number[][][] };
type Whom = "self" | DrawnFor;

export interface DrawBuurtProps {
  analysisId: string;
  config: MapConfig;
  frame: [number, number, number, number] | null;
  mine: { id: string; geometry: BoundaryGeometry } | null;
  forOthers: { id: string; drawnFor: DrawnFor }[];
}

/**
 * "Teken jouw buurt": her own version of the buurt with core's boundary drawer (one finger on a phone: tap the
 * corners, tap the first again), saved when she says so; drawn again, it replaces the old one. She may also draw for
 * someone she spoke with, known only by role. The corners as text are the way without the map.
 */
export function DrawBuurt(props: DrawBuurtProps) {
  const t = useTranslations("buurtanalyse.drawBuurt");
  const tm = useTranslations("buurtanalyse.map");
  const tc = useTranslations("buurtanalyse.map.controls");
  const td = useTranslations("buurtanalyse.drawBuurt.drawer");
  const labels = useMemo(() => mapLabelsFrom(tc), [tc]);
  const drawLabels = useMemo(() => drawLabelsFrom(td), [td]);
  const api = useBuurtanalyse();
  const router = useRouter();
  const [whom, setWhom] = useState<Whom>("self");
  const [value, setValue] = useState<BoundaryGeometry | null>(props.mine?.geometry ?? null);
  const [text, setText] = useState(() => (props.mine ? geometryToText(props.mine.geometry as TextGeometry) : ""));
  const [textError, setTextError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The drawer frames itself once: a new key starts a fresh drawing for someone else.
  const [round, setRound] = useState(0);

  function choose(next: Whom) {
    setWhom(next);
    const g = next === "self" ? (props.mine?.geometry ?? null) : null;
    setValue(g);
    setText(g ? geometryToText(g as TextGeometry) : "");
    setTextError(null);
    setRound((r) => r + 1);
  }

  function onDrawn(g: Polygon | null) {
    setValue(g);
    setText(g ? geometryToText(g as TextGeometry) : "");
    setTextError(null);
  }

  function applyText() {
    const r = geometryFromText("area", text, L.mapVertices);
    if ("problem" in r) {
      const p = r.problem;
      setTextError(
        p.kind === "line"
          ? tm("positionsLine", { line: p.line })
          : p.kind === "tooMany"
            ? tm("positionsTooMany", { max: p.max })
            : tm("positionsCount.area"),
      );
      return;
    }
    setTextError(null);
    setValue(r.geometry as BoundaryGeometry);
    setRound((x) => x + 1);
  }

  async function save() {
    if (value?.type !== "Polygon") return;
    setBusy(true);
    try {
      await api.boundary.draw.mutate({
        analysisId: props.analysisId,
        drawnFor: whom === "self" ? null : whom,
        geometry: value as Polygon as never,
      });
      toast.success(whom === "self" ? t("savedMine") : t("savedFor", { role: t(`role.${whom}`) }));
      if (whom !== "self") choose(whom);
      router.refresh();
    } catch (e) {
      toast.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  async function remove(id: string, what: string) {
    try {
      await api.boundary.remove.mutate({ id });
      toast.success(t("removed", { what }));
      if (id === props.mine?.id) {
        setValue(null);
        setText("");
        setRound((r) => r + 1);
      }
      router.refresh();
    } catch (e) {
      toast.error(errorMessage(e));
    }
  }

  return (
    <div className="grid grid-cols-1 *:min-w-0 gap-3">
      <SelectField label={t("forWhom")} hint={t("forWhomHint")} value={whom} onChange={(e) => choose(e.currentTarget.value as Whom)}>
        <option value="self">{t("forSelf")}</option>
        {DRAWN_FOR.map((r) => (
          <option key={r} value={r}>
            {t(`for.${r}`)}
          </option>
        ))}
      </SelectField>
      <div data-testid="ba-draw-buurt">
        <BoundaryDrawer
          key={round}
          config={props.config}
          labels={labels}
          drawLabels={drawLabels}
          value={value}
          onChange={onDrawn}
          bbox={props.frame}
        />
      </div>
      <p className="text-sm text-slate-800" aria-live="polite">
        {value ? t("ready") : t("notYet")}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button type="button" onClick={save} disabled={busy || !value || value.type !== "Polygon"}>
          {whom === "self" ? (props.mine ? t("replaceMine") : t("saveMine")) : t("saveFor", { role: t(`role.${whom}`) })}
        </Button>
        {whom === "self" && props.mine ? (
          <ConfirmButton
            variant="secondary"
            title={t("removeTitle")}
            body={t("removeBody")}
            confirmLabel={t("removeConfirm")}
            cancelLabel={t("cancel")}
            onConfirm={() => remove(props.mine?.id ?? "", t("mine"))}
          >
            {t("removeMine")}
          </ConfirmButton>
        ) : null}
      </div>
      <details className="rounded-xl border border-slate-300 bg-white p-3">
        <summary className="min-h-11 cursor-pointer py-2.5 font-semibold">{t("asText")}</summary>
        <div className="grid grid-cols-1 *:min-w-0 gap-2">
          <TextArea
            label={t("corners")}
            hint={t("cornersHint")}
            value={text}
            error={textError}
            rows={6}
            onChange={(e) => setText(e.currentTarget.value)}
          />
          <p>
            <Button type="button" variant="secondary" onClick={applyText}>
              {t("useCorners")}
            </Button>
          </p>
        </div>
      </details>
      {props.forOthers.length ? (
        <div>
          <h3 className="font-semibold">{t("forOthersTitle")}</h3>
          <ul className="grid gap-2">
            {props.forOthers.map((d, i) => (
              <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 rounded-lg bg-slate-50 p-2">
                <span>{t("forOthersLine", { n: i + 1, role: t(`role.${d.drawnFor}`) })}</span>
                <ConfirmButton
                  variant="secondary"
                  title={t("removeTitle")}
                  body={t("removeBody")}
                  confirmLabel={t("removeConfirm")}
                  cancelLabel={t("cancel")}
                  aria-label={t("removeFor", { n: i + 1, role: t(`role.${d.drawnFor}`) })}
                  onConfirm={() => remove(d.id, t("forOthersLine", { n: i + 1, role: t(`role.${d.drawnFor}`) }))}
                >
                  {t("remove")}
                </ConfirmButton>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
