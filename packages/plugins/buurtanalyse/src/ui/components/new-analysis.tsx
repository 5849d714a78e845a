"use client";
import { Button, Checkbox, CheckboxGroup, ErrorSummary, SelectField, TextField, useFormErrors } from "@zorgzaam/ui";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { BUURTANALYSE_LIMITS as L } from "../../limits";
import { dateOf, textOf, useBuurtanalyse } from "../client";

interface Options {
  neighbourhoods: { id: string; name: string }[];
  members: { userId: string; name: string }[];
  analyses: { id: string; title: string }[];
}

/** A new analysis: a title, a period, its neighbourhoods and team, and optionally the earlier analysis to start from. */
export function NewAnalysis({ slug, options }: { slug: string; options: Options }) {
  const t = useTranslations("buurtanalyse");
  const api = useBuurtanalyse();
  const router = useRouter();
  const problems = useFormErrors();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    try {
      const a = await api.analyses.create.mutate({
        title: String(form.get("title") ?? ""),
        periodStart: dateOf(form, "periodStart"),
        periodEnd: dateOf(form, "periodEnd"),
        neighbourhoodIds: form.getAll("neighbourhoodIds").map(String),
        teamUserIds: form.getAll("teamUserIds").map(String),
        previousId: textOf(form, "previousId"),
      });
      router.push(`/t/${slug}/buurtanalyse/analyses/${a.id}`);
    } catch (err) {
      problems.fail(err);
      setBusy(false);
    }
  }

  return (
    <details className="mb-6 rounded-xl border border-slate-300 bg-white p-4">
      <summary className="cursor-pointer font-semibold">{t("analyses.new")}</summary>
      <form onSubmit={submit} noValidate className="mt-4 grid grid-cols-1 *:min-w-0 max-w-2xl gap-4">
        <ErrorSummary errors={problems.state} />
        <TextField name="title" label={t("analyses.title")} limit={L.title} error={problems.err("title")} required />
        <div className="grid grid-cols-1 *:min-w-0 gap-4 sm:grid-cols-2">
          <TextField name="periodStart" type="date" label={t("analyses.periodStart")} error={problems.err("periodStart")} />
          <TextField name="periodEnd" type="date" label={t("analyses.periodEnd")} error={problems.err("periodEnd")} />
        </div>
        <CheckboxGroup
          legend={t("analyses.neighbourhoods")}
          hint={t("analyses.neighbourhoodsHint")}
          name="neighbourhoodIds"
          error={problems.err("neighbourhoodIds")}
          columns
        >
          {options.neighbourhoods.map((n) => (
            <Checkbox key={n.id} name="neighbourhoodIds" value={n.id} label={n.name} />
          ))}
        </CheckboxGroup>
        <CheckboxGroup legend={t("analyses.team")} name="teamUserIds" error={problems.err("teamUserIds")} columns>
          {options.members.map((m) => (
            <Checkbox key={m.userId} name="teamUserIds" value={m.userId} label={m.name} />
          ))}
        </CheckboxGroup>
        {options.analyses.length ? (
          <SelectField
            name="previousId"
            label={t("analyses.previous")}
            hint={t("analyses.previousHint")}
            error={problems.err("previousId")}
            defaultValue=""
          >
            <option value="">{t("analyses.fromScratch")}</option>
            {options.analyses.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title}
              </option>
            ))}
          </SelectField>
        ) : null}
        <p>
          <Button type="submit" disabled={busy}>
            {t("analyses.create")}
          </Button>
        </p>
      </form>
    </details>
  );
}
