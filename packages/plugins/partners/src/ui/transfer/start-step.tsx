"use client";
import { Badge, Button, Card, Checkbox } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { RejectedDownload } from "./rejected-download";
import type { Summary } from "./wizard-types";

/**
 * Step 3: the start button. While rows have a problem it waits until the user either fixes them or chooses to import
 * the rows without a problem and get the others back as a file (downloadable here already).
 */
export function StartStep(props: {
  id: string;
  summary: Summary | null;
  busy: "preview" | "start" | null;
  onStart: (skipInvalid: boolean) => void;
}) {
  const t = useTranslations("partners.transfer");
  const { summary, busy } = props;
  const [skip, setSkip] = useState(false);
  const invalid = summary?.invalidRows ?? 0;
  const blocked = !summary || (summary.errorCount > 0 && !skip);
  return (
    <Card title={t("start.title")}>
      <p className="mb-3 text-slate-800">{t("start.intro")}</p>
      {!summary ? (
        <p className="mb-3 text-slate-700">{t("start.needPreview")}</p>
      ) : summary.errorCount > 0 ? (
        <div className="mb-4 space-y-3">
          <p>
            <Badge tone="bad">{t("start.blocked")}</Badge>
          </p>
          <p className="text-slate-800">{t("start.blockedChoose")}</p>
          {summary.valid > 0 ? (
            <Checkbox
              label={t("start.skipInvalid", { valid: summary.valid, invalid })}
              checked={skip}
              onChange={(e) => setSkip(e.currentTarget.checked)}
            />
          ) : null}
          <RejectedDownload id={props.id} count={invalid} />
        </div>
      ) : null}
      <Button onClick={() => props.onStart(skip && (summary?.errorCount ?? 0) > 0)} disabled={busy !== null || blocked}>
        {busy === "start" ? t("start.starting") : t("start.button")}
      </Button>
    </Card>
  );
}
