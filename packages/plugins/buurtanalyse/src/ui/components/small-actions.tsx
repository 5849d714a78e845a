"use client";
import { Button, SelectField } from "@zorgzaam/ui";
import { toast } from "@zorgzaam/ui/toast";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { errorMessage, useBuurtanalyse } from "../client";

/** Round 1: takes a dated snapshot of the partner map's counts (Partners on), or says that Partners is off. */
export function SnapshotButton({ analysisId }: { analysisId: string }) {
  const t = useTranslations("buurtanalyse");
  const api = useBuurtanalyse();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      variant="secondary"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        try {
          const r = await api.sections.snapshot.mutate({ analysisId });
          if (r.taken) toast.success(t("round1.snapshotTaken"));
          else toast.error(t("round1.partnersOff"));
          router.refresh();
        } catch (e) {
          toast.error(errorMessage(e));
        } finally {
          setBusy(false);
        }
      }}
    >
      {t("round1.snapshot")}
    </Button>
  );
}

/** Round 1: links one of the Partners evaluation rounds to the analysis (or none). */
export function PartnersRoundPicker({
  analysisId,
  rounds,
  linkedId,
}: {
  analysisId: string;
  rounds: { id: string; label: string }[];
  linkedId: string | null;
}) {
  const t = useTranslations("buurtanalyse");
  const api = useBuurtanalyse();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [chosen, setChosen] = useState(linkedId ?? "");
  return (
    <form
      className="mt-3 grid grid-cols-1 *:min-w-0 gap-2"
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        try {
          await api.sections.save.mutate({ analysisId, key: "ronde1", content: { partnersRoundId: chosen || null } });
          toast.success(t("round1.roundLinked"));
          router.refresh();
        } catch (err) {
          toast.error(errorMessage(err));
        } finally {
          setBusy(false);
        }
      }}
    >
      <SelectField label={t("round1.roundPick")} value={chosen} onChange={(e) => setChosen(e.currentTarget.value)}>
        <option value="">{t("round1.roundNone")}</option>
        {rounds.map((r) => (
          <option key={r.id} value={r.id}>
            {r.label}
          </option>
        ))}
      </SelectField>
      <p>
        <Button type="submit" variant="secondary" disabled={busy}>
          {t("round1.roundSave")}
        </Button>
      </p>
    </form>
  );
}
