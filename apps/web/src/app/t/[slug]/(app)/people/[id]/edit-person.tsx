"use client";
import { Button, Card } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useEditFocus } from "@/lib/use-edit-focus";
import { PersonForm, type PersonValues } from "../person-form";

export function EditPerson(props: {
  slug: string;
  person: PersonValues;
  neighbourhoods: { id: string; name: string }[];
  organisations: { id: string; name: string }[];
  canSeeNotes: boolean;
  neighbourhoodRequired: boolean;
}) {
  const t = useTranslations("people");
  const [open, setOpen] = useState(false);
  const { panelRef, triggerRef } = useEditFocus<HTMLDivElement>(open);
  return (
    <Card title={t("editTitle")} className={open ? "lg:col-span-2" : undefined}>
      {open ? (
        <div ref={panelRef}>
          <PersonForm {...props} onDone={() => setOpen(false)} onCancel={() => setOpen(false)} />
        </div>
      ) : (
        <>
          <p className="mb-3 text-slate-700">{t("editIntro")}</p>
          <Button ref={triggerRef} variant="secondary" onClick={() => setOpen(true)}>
            {t("edit")}
          </Button>
        </>
      )}
    </Card>
  );
}
