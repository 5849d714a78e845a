"use client";
import { Button } from "@zorgzaam/ui";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { errorMessage, usePartners } from "../client";

type Details = Awaited<ReturnType<ReturnType<typeof usePartners>["actors"]["keyFigure"]["query"]>>;

/** The key figure's personal details, only on request: every read is written to the audit log. */
export function KeyFigureDetails({ actorId }: { actorId: string }) {
  const t = useTranslations("partners.actors.keyFigure");
  const format = useFormatter();
  const api = usePartners();
  const [data, setData] = useState<Details | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  if (data === undefined) {
    return (
      <div className="mt-4 space-y-2 border-t border-slate-200 pt-4">
        <p className="text-sm text-slate-700">{t("logged")}</p>
        <Button
          variant="secondary"
          onClick={async () => {
            try {
              setData(await api.actors.keyFigure.query({ id: actorId }));
            } catch (e) {
              setError(errorMessage(e));
            }
          }}
        >
          {t("show")}
        </Button>
        {error ? (
          <p role="alert" className="text-sm text-red-800">
            {error}
          </p>
        ) : null}
      </div>
    );
  }
  if (!data) return <p className="mt-4 text-sm text-slate-700">{t("noPerson")}</p>;
  const { person: p, consent } = data;
  return (
    <section className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-3" aria-label={t("details")}>
      <p className="font-semibold">
        {p.firstName} {p.lastName}
      </p>
      <ul className="text-sm">
        {p.phone ? <li>{t("phone", { phone: p.phone })}</li> : null}
        {p.email ? <li>{t("email", { email: p.email })}</li> : null}
        {p.address ? <li>{t("address", { address: p.address })}</li> : null}
        {p.languages.length ? <li>{t("languages", { languages: p.languages.join(", ") })}</li> : null}
        <li>
          {consent
            ? consent.withdrawnAt
              ? t("consentWithdrawn", { date: format.dateTime(consent.withdrawnAt, { dateStyle: "medium" }) })
              : t("consentGiven", { date: format.dateTime(consent.givenAt, { dateStyle: "medium" }), method: consent.method })
            : t("consentMissing")}
        </li>
      </ul>
    </section>
  );
}
