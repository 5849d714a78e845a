"use client";
import { Button, Checkbox, CheckboxGroup } from "@zorgzaam/ui";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";

/** Choose the rounds to compare (two to six); the choice goes into the address, so it can be bookmarked or shared. */
export function ComparePicker({
  rounds,
  selected,
  showAll,
}: {
  rounds: { id: string; label: string }[];
  selected: string[];
  showAll: boolean;
}) {
  const t = useTranslations("partners.evaluation");
  const router = useRouter();
  const [chosen, setChosen] = useState<Set<string>>(new Set(selected));
  const [error, setError] = useState<string | null>(null);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (chosen.size < 2 || chosen.size > 6) {
      setError(t("compare.pickTwo"));
      return;
    }
    setError(null);
    const ids = rounds.filter((r) => chosen.has(r.id)).map((r) => r.id);
    router.push(`?rounds=${ids.join(",")}${showAll ? "&all=1" : ""}`);
  }

  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      <CheckboxGroup legend={t("compare.pick")} hint={t("compare.pickHint")} error={error} columns>
        {rounds.map((r) => (
          <Checkbox
            key={r.id}
            label={r.label}
            checked={chosen.has(r.id)}
            onChange={(e) => {
              const next = new Set(chosen);
              if (e.target.checked) next.add(r.id);
              else next.delete(r.id);
              setChosen(next);
            }}
          />
        ))}
      </CheckboxGroup>
      <Button type="submit">{t("compare.submit")}</Button>
    </form>
  );
}
