"use client";
import { Button, Card } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { PersonForm, type PersonValues } from "../person-form";

export function EditPerson(props: {
  slug: string;
  person: PersonValues;
  neighbourhoods: { id: string; name: string }[];
  organisations: { id: string; name: string }[];
  canSeeNotes: boolean;
}) {
  const t = useTranslations("people");
  const [open, setOpen] = useState(false);
  return (
    <Card title={t("editTitle")} className={open ? "lg:col-span-2" : undefined}>
      {open ? (
        <PersonForm {...props} onDone={() => setOpen(false)} onCancel={() => setOpen(false)} />
      ) : (
        <>
          <p className="mb-3 text-slate-700">{t("editIntro")}</p>
          <Button variant="secondary" onClick={() => setOpen(true)}>
            {t("edit")}
          </Button>
        </>
      )}
    </Card>
  );
}
