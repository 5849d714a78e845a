"use client";
import { Button, ErrorSummary, SelectField, TextArea, TextField, useFormErrors } from "@zorgzaam/ui";
import { toast } from "@zorgzaam/ui/toast";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { VERDICTS, type Verdict } from "../../domain";
import { BUURTANALYSE_LIMITS as L } from "../../limits";
import { dateOf, dateValue, textOf, useBuurtanalyse } from "../client";

export interface HypothesisValues {
  id: string;
  text: string;
  rationale: string | null;
  indicators: string | null;
  lookupBy: string | null;
  dueOn: Date | string | null;
  verdict: string;
  reasoning: string | null;
}

/** A hypothesis: new (with an analysis) or changed (with its values): the claim, how to check it, who, by when, verdict. */
export function HypothesisForm({
  analysisId,
  hypothesis,
  examples,
}: {
  analysisId: string;
  hypothesis?: HypothesisValues;
  examples?: string[];
}) {
  const t = useTranslations("buurtanalyse");
  const api = useBuurtanalyse();
  const router = useRouter();
  const problems = useFormErrors();
  const [busy, setBusy] = useState(false);
  const h = hypothesis;

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const el = e.currentTarget;
    const form = new FormData(el);
    const fields = {
      text: String(form.get("text") ?? ""),
      rationale: textOf(form, "rationale"),
      indicators: textOf(form, "indicators"),
      lookupBy: textOf(form, "lookupBy"),
      dueOn: dateOf(form, "dueOn"),
      verdict: String(form.get("verdict") ?? "open") as Verdict,
      reasoning: textOf(form, "reasoning"),
    };
    setBusy(true);
    try {
      if (h) await api.hypotheses.update.mutate({ id: h.id, ...fields });
      else {
        await api.hypotheses.create.mutate({ analysisId, ...fields });
        el.reset();
      }
      problems.clear();
      toast.success(t("hypotheses.saved"));
      router.refresh();
    } catch (err) {
      problems.fail(err);
    } finally {
      setBusy(false);
    }
  }

  const listId = `examples-${h?.id ?? "new"}`;
  return (
    <form onSubmit={submit} noValidate className="grid grid-cols-1 *:min-w-0 gap-3">
      <ErrorSummary errors={problems.state} />
      <TextField
        name="text"
        label={t("hypotheses.text")}
        defaultValue={h?.text}
        limit={L.shortText}
        error={problems.err("text")}
        list={examples ? listId : undefined}
      />
      {examples ? (
        <datalist id={listId}>
          {examples.map((x) => (
            <option key={x} value={x} />
          ))}
        </datalist>
      ) : null}
      <TextArea
        name="indicators"
        label={t("hypotheses.indicators")}
        hint={t("hypotheses.indicatorsHint")}
        defaultValue={h?.indicators ?? ""}
        limit={L.longText}
        error={problems.err("indicators")}
      />
      <div className="grid grid-cols-1 *:min-w-0 gap-3 sm:grid-cols-2">
        <TextField
          name="lookupBy"
          label={t("hypotheses.lookupBy")}
          defaultValue={h?.lookupBy ?? ""}
          limit={L.label}
          error={problems.err("lookupBy")}
        />
        <TextField
          name="dueOn"
          type="date"
          label={t("hypotheses.dueOn")}
          defaultValue={dateValue(h?.dueOn)}
          error={problems.err("dueOn")}
        />
      </div>
      <TextArea
        name="rationale"
        label={t("hypotheses.rationale")}
        defaultValue={h?.rationale ?? ""}
        limit={L.longText}
        error={problems.err("rationale")}
      />
      <SelectField name="verdict" label={t("hypotheses.verdict")} defaultValue={h?.verdict ?? "open"} error={problems.err("verdict")}>
        {VERDICTS.map((v) => (
          <option key={v} value={v}>
            {t(`verdicts.${v}`)}
          </option>
        ))}
      </SelectField>
      <TextArea
        name="reasoning"
        label={t("hypotheses.reasoning")}
        defaultValue={h?.reasoning ?? ""}
        limit={L.longText}
        error={problems.err("reasoning")}
      />
      <p>
        <Button type="submit" disabled={busy}>
          {h ? t("hypotheses.save") : t("hypotheses.add")}
        </Button>
      </p>
    </form>
  );
}
