"use client";
import { Alert, Button, Checkbox, SelectField, TextField } from "@zorgzaam/ui";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useEffect, useState } from "react";
import { errorMessage, fieldErrors, usePartners } from "../client";
import { PARTNERS_LIMITS } from "../../limits";

type Candidate = { id: string; name: string; status: string };

/**
 * Starting a round (regie): a title, optionally one neighbourhood, whether actors without contact are taken in. The
 * actors the choice takes in are listed; unticking one leaves it out of this round.
 */
export function StartForm({
  slug,
  neighbourhoods,
  initial,
  defaultTitle,
}: {
  slug: string;
  neighbourhoods: { id: string; name: string }[];
  initial: Candidate[];
  defaultTitle: string;
}) {
  const t = useTranslations("partners");
  const api = usePartners();
  const router = useRouter();
  const [title, setTitle] = useState(defaultTitle);
  const [neighbourhoodId, setNeighbourhood] = useState("");
  const [includeNotContacted, setInclude] = useState(false);
  const [candidates, setCandidates] = useState<Candidate[]>(initial);
  const [left, setLeft] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);

  // The first list comes from the page; later choices ask the server which actors they take in.
  useEffect(() => {
    if (!loaded && neighbourhoodId === "" && !includeNotContacted) return;
    setLoaded(true);
    let live = true;
    api.evaluation.preview
      .query({ neighbourhoodId: neighbourhoodId || null, includeNotContacted })
      .then((r) => {
        if (live) setCandidates(r.actors);
      })
      .catch((e) => {
        if (live) setError(errorMessage(e));
      });
    return () => {
      live = false;
    };
  }, [api, neighbourhoodId, includeNotContacted, loaded]);

  const chosen = candidates.filter((c) => !left.has(c.id));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setErrors({});
    setError(null);
    try {
      const r = await api.evaluation.start.mutate({
        title,
        neighbourhoodId: neighbourhoodId || null,
        includeNotContacted,
        ...(left.size ? { actorIds: chosen.map((c) => c.id) } : {}),
      });
      router.push(`/t/${slug}/partners/evaluation/${r.id}`);
    } catch (err) {
      setErrors(fieldErrors(err));
      setError(errorMessage(err));
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <TextField
        label={t("evaluation.start.title")}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        limit={PARTNERS_LIMITS.roundTitle}
        required
        error={errors.title}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label={t("evaluation.start.neighbourhood")}
          hint={t("evaluation.start.neighbourhoodHint")}
          value={neighbourhoodId}
          onChange={(e) => setNeighbourhood(e.target.value)}
        >
          <option value="">{t("evaluation.start.allNeighbourhoods")}</option>
          {neighbourhoods.map((n) => (
            <option key={n.id} value={n.id}>
              {n.name}
            </option>
          ))}
        </SelectField>
        <Checkbox
          label={t("evaluation.start.includeNotContacted")}
          hint={t("evaluation.start.includeNotContactedHint")}
          checked={includeNotContacted}
          onChange={(e) => setInclude(e.target.checked)}
        />
      </div>
      <details className="rounded-lg border border-slate-300 p-3">
        <summary className="min-h-11 cursor-pointer py-2 font-medium text-slate-900">
          {t("evaluation.start.actors", { count: chosen.length })}
        </summary>
        <p className="text-sm text-slate-700">{t("evaluation.start.actorsHint")}</p>
        <ul className="mt-2 grid gap-x-4 sm:grid-cols-2">
          {candidates.map((c) => (
            <li key={c.id}>
              <Checkbox
                label={c.name}
                hint={t(`status.${c.status}`)}
                checked={!left.has(c.id)}
                onChange={(e) => {
                  const next = new Set(left);
                  if (e.target.checked) next.delete(c.id);
                  else next.add(c.id);
                  setLeft(next);
                }}
              />
            </li>
          ))}
        </ul>
      </details>
      {error && Object.keys(errors).length === 0 ? <Alert tone="error">{error}</Alert> : null}
      <Button type="submit" disabled={busy || chosen.length === 0 || title.trim() === ""}>
        {t("evaluation.start.submit")}
      </Button>
    </form>
  );
}
