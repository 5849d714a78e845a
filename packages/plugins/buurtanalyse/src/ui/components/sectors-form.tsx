"use client";
import { Button, ErrorSummary, TextArea, useFormErrors } from "@zorgzaam/ui";
import { toast } from "@zorgzaam/ui/toast";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { useBuurtanalyse } from "../client";

/** The statistical sectors a neighbourhood of the analysis is made of, as codes separated by spaces, commas or lines. */
export function SectorsForm({
  analysisId,
  neighbourhoodId,
  name,
  sectorCodes,
}: {
  analysisId: string;
  neighbourhoodId: string;
  name: string;
  sectorCodes: string[];
}) {
  const t = useTranslations("buurtanalyse");
  const api = useBuurtanalyse();
  const router = useRouter();
  const problems = useFormErrors();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const codes = String(new FormData(e.currentTarget).get("sectorCodes") ?? "")
      .split(/[\s,;]+/)
      .filter(Boolean);
    setBusy(true);
    try {
      await api.analyses.setSectors.mutate({ analysisId, neighbourhoodId, sectorCodes: codes });
      problems.clear();
      toast.success(t("sectors.saved"));
      router.refresh();
    } catch (err) {
      problems.fail(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="grid grid-cols-1 *:min-w-0 gap-2">
      <ErrorSummary errors={problems.state} />
      <TextArea
        name="sectorCodes"
        label={t("sectors.label", { name })}
        hint={t("sectors.hint")}
        defaultValue={sectorCodes.join(" ")}
        error={problems.err("sectorCodes")}
        className="min-h-16"
      />
      <p>
        <Button type="submit" variant="secondary" disabled={busy}>
          {t("sectors.save")}
        </Button>
      </p>
    </form>
  );
}
