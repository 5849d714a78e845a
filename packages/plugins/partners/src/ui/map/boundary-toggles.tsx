"use client";
import { Checkbox, CheckboxGroup } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";

/** Which neighbourhood boundaries the map draws (one box each), or a note that no neighbourhood has one. */
export function BoundaryToggles(props: {
  neighbourhoods: readonly { id: string; name: string }[];
  shown: ReadonlySet<string>;
  onShow: (id: string, on: boolean) => void;
}) {
  const t = useTranslations("partners");
  if (!props.neighbourhoods.length) return <p className="text-sm text-slate-700">{t("map.view.noBoundaries")}</p>;
  return (
    <CheckboxGroup legend={t("map.view.boundaries")}>
      {props.neighbourhoods.map((n) => (
        <Checkbox key={n.id} label={n.name} checked={props.shown.has(n.id)} onChange={(e) => props.onShow(n.id, e.currentTarget.checked)} />
      ))}
    </CheckboxGroup>
  );
}
