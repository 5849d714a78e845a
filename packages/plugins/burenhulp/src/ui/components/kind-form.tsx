"use client";
import { Button, Checkbox, ErrorSummary, SelectField, TextField, useFormErrors } from "@zorgzaam/ui";
import { toast } from "@zorgzaam/ui/toast";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { FUNCTIONS, type KindFunction } from "../../domain";
import { BURENHULP_LIMITS as L } from "../../limits";
import { useBurenhulp } from "../client";

export interface KindValues {
  id: string;
  key: string;
  /** The words the reader sees now (the catalog's for a starter kind without its own words). */
  shown: string;
  label: { nl: string; fr: string; en: string };
  function: string;
  position: number;
  active: boolean;
}

/**
 * One kind of help of the tenant (or a new one, without `kind`): its own words in nl/fr/en (a starter kind left
 * empty keeps the catalog's words), the network function it serves, its place in the list, on or off.
 */
export function KindForm({ kind, nextPosition }: { kind?: KindValues; nextPosition: number }) {
  const t = useTranslations("burenhulp.kindsEditor");
  const tb = useTranslations("burenhulp");
  const api = useBurenhulp();
  const router = useRouter();
  const problems = useFormErrors();
  const [busy, setBusy] = useState(false);
  const prefix = kind ? `kind-${kind.id}` : "kind-new";

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const s = (k: string) => String(form.get(k) ?? "").trim();
    const fields = {
      label: { nl: s("nl"), fr: s("fr"), en: s("en") },
      function: s("function") as KindFunction,
      position: Number(s("position") || 0),
      active: form.get("active") === "on",
    };
    problems.clear();
    setBusy(true);
    try {
      if (kind) await api.kinds.update.mutate({ id: kind.id, ...fields });
      else {
        await api.kinds.create.mutate({ key: s("key"), ...fields });
        e.currentTarget?.reset();
      }
      toast.success(t("saved"));
      router.refresh();
    } catch (err) {
      problems.fail(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label={kind ? kind.shown : t("new")} className="space-y-3">
      <ErrorSummary errors={problems.state} />
      {kind ? null : (
        <TextField id={`${prefix}-key`} name="key" label={t("key")} hint={t("keyHint")} autoComplete="off" error={problems.err("key")} />
      )}
      <div className="grid gap-3 sm:grid-cols-3">
        {(["nl", "fr", "en"] as const).map((l) => (
          <TextField
            key={l}
            id={`${prefix}-${l}`}
            name={l}
            label={t(`label_${l}`)}
            defaultValue={kind?.label[l] ?? ""}
            placeholder={kind && !kind.label[l] ? kind.shown : undefined}
            limit={L.kindLabel}
            error={problems.err(`label.${l}`) ?? problems.err("label")}
          />
        ))}
      </div>
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr_auto] sm:items-end">
        <SelectField
          id={`${prefix}-function`}
          name="function"
          label={t("function")}
          defaultValue={kind?.function ?? "material"}
          error={problems.err("function")}
        >
          {FUNCTIONS.map((f) => (
            <option key={f} value={f}>
              {tb(`functions.${f}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id={`${prefix}-position`}
          name="position"
          type="number"
          inputMode="numeric"
          min={0}
          max={1000}
          label={t("position")}
          defaultValue={String(kind?.position ?? nextPosition)}
          error={problems.err("position")}
        />
        <Checkbox name="active" label={t("active")} defaultChecked={kind?.active ?? true} />
      </div>
      <Button type="submit" variant={kind ? "secondary" : "primary"} disabled={busy}>
        {busy ? t("saving") : kind ? t("save") : t("create")}
      </Button>
    </form>
  );
}
