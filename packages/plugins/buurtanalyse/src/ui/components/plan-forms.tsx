"use client";
import {
  Button,
  Checkbox,
  CheckboxGroup,
  ConfirmButton,
  ErrorSummary,
  SelectField,
  TextArea,
  TextField,
  useFormErrors,
} from "@zorgzaam/ui";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { ACTION_STATUSES, BOUWSTENEN, SWOT_KINDS, type SwotKind } from "../../domain";
import { BUURTANALYSE_LIMITS as L } from "../../limits";
import { dateOf, textOf, useBuurtanalyse } from "../client";

/** A SWOT item: its kind, its words and, optionally, the hypothesis verdict that backs it. */
/** Round-4 evidence a SWOT item may rest on (BA-7), offered in one list. */
export interface FieldEvidence {
  observations: { id: string; text: string }[];
  quotes: { id: string; text: string; saidBy: string | null }[];
  surveys: { id: string; title: string }[];
}

/** "o:<id>", "q:<id>" or "s:<id>" from the evidence list as the SWOT item's link. */
function fieldEvidenceOf(v: string | null) {
  const [kind, value] = v ? [v.slice(0, 1), v.slice(2)] : ["", ""];
  return {
    observationId: kind === "o" ? value : null,
    quoteId: kind === "q" ? value : null,
    surveyLinkId: kind === "s" ? value : null,
  };
}

const short = (s: string) => (s.length > 80 ? `${s.slice(0, 79)}…` : s);

export function SwotForm({
  analysisId,
  hypotheses,
  evidence,
}: {
  analysisId: string;
  hypotheses: { id: string; text: string; verdict: string }[];
  evidence?: FieldEvidence;
}) {
  const t = useTranslations("buurtanalyse");
  const api = useBuurtanalyse();
  const router = useRouter();
  const problems = useFormErrors();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const el = e.currentTarget;
    const form = new FormData(el);
    setBusy(true);
    try {
      await api.plan.addSwot.mutate({
        analysisId,
        kind: String(form.get("kind")) as SwotKind,
        text: String(form.get("text") ?? ""),
        hypothesisId: textOf(form, "hypothesisId"),
        ...fieldEvidenceOf(textOf(form, "fieldEvidence")),
      });
      el.reset();
      problems.clear();
      router.refresh();
    } catch (err) {
      problems.fail(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="grid grid-cols-1 *:min-w-0 gap-3 rounded-xl border border-slate-300 bg-white p-4">
      <h3 className="font-semibold">{t("swot.add")}</h3>
      <ErrorSummary errors={problems.state} />
      <SelectField name="kind" label={t("swot.kind")} defaultValue="strength" error={problems.err("kind")}>
        {SWOT_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`swot.${k}`)}
          </option>
        ))}
      </SelectField>
      <TextField name="text" label={t("swot.text")} limit={L.shortText} error={problems.err("text")} />
      <SelectField
        name="hypothesisId"
        label={t("swot.hypothesis")}
        hint={t("swot.hypothesisHint")}
        defaultValue=""
        error={problems.err("hypothesisId")}
      >
        <option value="">{t("swot.noEvidence")}</option>
        {hypotheses.map((h) => (
          <option key={h.id} value={h.id}>
            {h.text} ({t(`verdicts.${h.verdict as "open"}`)})
          </option>
        ))}
      </SelectField>
      {evidence && (evidence.observations.length || evidence.quotes.length || evidence.surveys.length) ? (
        <SelectField
          name="fieldEvidence"
          label={t("swot.fieldEvidence")}
          hint={t("swot.fieldEvidenceHint")}
          defaultValue=""
          error={problems.err("observationId") ?? problems.err("quoteId") ?? problems.err("surveyLinkId")}
        >
          <option value="">{t("swot.noEvidence")}</option>
          {evidence.observations.length ? (
            <optgroup label={t("swot.observations")}>
              {evidence.observations.map((o) => (
                <option key={o.id} value={`o:${o.id}`}>
                  {short(o.text)}
                </option>
              ))}
            </optgroup>
          ) : null}
          {evidence.quotes.length ? (
            <optgroup label={t("swot.quotes")}>
              {evidence.quotes.map((q) => (
                <option key={q.id} value={`q:${q.id}`}>
                  “{short(q.text)}”{q.saidBy ? ` (${q.saidBy})` : ""}
                </option>
              ))}
            </optgroup>
          ) : null}
          {evidence.surveys.length ? (
            <optgroup label={t("swot.surveys")}>
              {evidence.surveys.map((x) => (
                <option key={x.id} value={`s:${x.id}`}>
                  {short(x.title)}
                </option>
              ))}
            </optgroup>
          ) : null}
        </SelectField>
      ) : null}
      <p>
        <Button type="submit" disabled={busy}>
          {t("swot.save")}
        </Button>
      </p>
    </form>
  );
}

/** An action of the plan: title, goal, owner, dates, partners involved, bouwstenen and status. */
export function ActionForm({ analysisId, ideas }: { analysisId: string; ideas: string[] }) {
  const t = useTranslations("buurtanalyse");
  const api = useBuurtanalyse();
  const router = useRouter();
  const problems = useFormErrors();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const el = e.currentTarget;
    const form = new FormData(el);
    setBusy(true);
    try {
      await api.plan.addAction.mutate({
        analysisId,
        title: String(form.get("title") ?? ""),
        goal: textOf(form, "goal"),
        owner: textOf(form, "owner"),
        startsOn: dateOf(form, "startsOn"),
        dueOn: dateOf(form, "dueOn"),
        partners: textOf(form, "partners"),
        bouwstenen: form.getAll("bouwstenen").map(String) as (typeof BOUWSTENEN)[number][],
        status: String(form.get("status")) as (typeof ACTION_STATUSES)[number],
      });
      el.reset();
      problems.clear();
      router.refresh();
    } catch (err) {
      problems.fail(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="grid grid-cols-1 *:min-w-0 gap-3 rounded-xl border border-slate-300 bg-white p-4">
      <h3 className="font-semibold">{t("actions.add")}</h3>
      <ErrorSummary errors={problems.state} />
      <TextField name="title" label={t("actions.title")} limit={L.title} error={problems.err("title")} list="action-ideas" />
      <datalist id="action-ideas">
        {ideas.map((x) => (
          <option key={x} value={x} />
        ))}
      </datalist>
      <TextArea name="goal" label={t("actions.goal")} limit={L.longText} error={problems.err("goal")} />
      <div className="grid grid-cols-1 *:min-w-0 gap-3 sm:grid-cols-2">
        <TextField name="owner" label={t("actions.owner")} limit={L.label} error={problems.err("owner")} />
        <TextField name="partners" label={t("actions.partners")} limit={L.shortText} error={problems.err("partners")} />
        <TextField name="startsOn" type="date" label={t("actions.startsOn")} error={problems.err("startsOn")} />
        <TextField name="dueOn" type="date" label={t("actions.dueOn")} error={problems.err("dueOn")} />
      </div>
      <CheckboxGroup legend={t("actions.bouwstenen")} name="bouwstenen" columns>
        {BOUWSTENEN.map((b) => (
          <Checkbox key={b} name="bouwstenen" value={b} label={t(`bouwstenen.${b}`)} />
        ))}
      </CheckboxGroup>
      <SelectField name="status" label={t("actions.status")} defaultValue="planned">
        {ACTION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`actionStatus.${s}`)}
          </option>
        ))}
      </SelectField>
      <p>
        <Button type="submit" disabled={busy}>
          {t("actions.save")}
        </Button>
      </p>
    </form>
  );
}

/** Removes a SWOT item, an action, a hypothesis, a value or an imported indicator, after a confirmation. */
export function RemoveButton({
  what,
  id,
  label,
}: {
  what: "swot" | "action" | "hypothesis" | "reference" | "indicator";
  id: string;
  label: string;
}) {
  const t = useTranslations("buurtanalyse");
  const api = useBuurtanalyse();
  const router = useRouter();
  return (
    <ConfirmButton
      variant="ghost"
      aria-label={t("common.removeNamed", { what: label })}
      title={t("common.confirmRemove", { what: label })}
      confirmLabel={t("common.remove")}
      cancelLabel={t("common.cancel")}
      onConfirm={async () => {
        if (what === "swot") await api.plan.removeSwot.mutate({ id });
        else if (what === "action") await api.plan.removeAction.mutate({ id });
        else if (what === "hypothesis") await api.hypotheses.remove.mutate({ id });
        else if (what === "reference") await api.hypotheses.removeReference.mutate({ referenceId: id });
        else await api.indicators.remove.mutate({ indicatorId: id });
        router.refresh();
      }}
    >
      {t("common.remove")}
    </ConfirmButton>
  );
}

/** The evaluation of one action (BA-9): how it was done, what came of it, what to adjust, and where it stands. */
export function ActionEvaluationForm({
  action,
}: {
  action: { id: string; title: string; status: string; approach: string | null; result: string | null; adjust: string | null };
}) {
  const t = useTranslations("buurtanalyse");
  const api = useBuurtanalyse();
  const router = useRouter();
  const problems = useFormErrors();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const idp = `eval-${action.id}`;

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setSaved(false);
    try {
      await api.plan.updateAction.mutate({
        id: action.id,
        approach: textOf(form, "approach"),
        result: textOf(form, "result"),
        adjust: textOf(form, "adjust"),
        status: String(form.get("status")) as (typeof ACTION_STATUSES)[number],
      });
      problems.clear();
      setSaved(true);
      router.refresh();
    } catch (err) {
      problems.fail(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${idp}-title`} className="grid grid-cols-1 *:min-w-0 gap-3">
      <h3 id={`${idp}-title`} className="sr-only">
        {t("evaluation.formTitle", { action: action.title })}
      </h3>
      <ErrorSummary errors={problems.state} />
      <TextArea
        name="approach"
        label={t("evaluation.approach")}
        defaultValue={action.approach ?? ""}
        limit={L.longText}
        error={problems.err("approach")}
      />
      <TextArea
        name="result"
        label={t("evaluation.result")}
        defaultValue={action.result ?? ""}
        limit={L.longText}
        error={problems.err("result")}
      />
      <TextArea
        name="adjust"
        label={t("evaluation.adjust")}
        defaultValue={action.adjust ?? ""}
        limit={L.longText}
        error={problems.err("adjust")}
      />
      <SelectField name="status" label={t("actions.status")} defaultValue={action.status}>
        {ACTION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`actionStatus.${s}`)}
          </option>
        ))}
      </SelectField>
      <p className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={busy}>
          {t("evaluation.save")}
        </Button>
        <span role="status" className="text-sm text-slate-700">
          {saved ? t("evaluation.saved") : ""}
        </span>
      </p>
    </form>
  );
}
