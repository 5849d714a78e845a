"use client";
import { Badge, Button, Card } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import type { Summary } from "./wizard-types";

/** Step 3: the start button, refused until a preview without problems. */
export function StartStep(props: { summary: Summary | null; busy: "preview" | "start" | null; onStart: () => void }) {
  const t = useTranslations("partners.transfer");
  const { summary, busy } = props;
  return (
    <Card title={t("start.title")}>
      <p className="mb-3 text-slate-800">{t("start.intro")}</p>
      {!summary ? (
        <p className="mb-3 text-slate-700">{t("start.needPreview")}</p>
      ) : summary.errorCount > 0 ? (
        <p className="mb-3">
          <Badge tone="bad">{t("start.blocked")}</Badge>
        </p>
      ) : null}
      <Button onClick={() => props.onStart()} disabled={busy !== null || !summary || summary.errorCount > 0}>
        {busy === "start" ? t("start.starting") : t("start.button")}
      </Button>
    </Card>
  );
}
