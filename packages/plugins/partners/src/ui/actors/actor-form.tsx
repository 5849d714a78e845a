"use client";
import { Button, ErrorSummary, useFormErrors } from "@zorgzaam/ui";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { usePartners } from "../client";
import { MoreSection, RelationshipSection, WhereSection, WhoSection } from "./actor-form-sections";
import { type ActorFormOptions, type ActorFormValues, type ConsentMethod, coordinate, type SectionProps, splitList } from "./form-types";

export type { ActorFormOptions, ActorFormValues };

/** The actor form, for a new actor and for editing one (with the version it started from). */
export function ActorForm({
  slug,
  options,
  initial,
  actorId,
  version,
}: {
  slug: string;
  options: ActorFormOptions;
  initial: ActorFormValues;
  actorId?: string;
  version?: number;
}) {
  const t = useTranslations("partners");
  const api = usePartners();
  const router = useRouter();
  const [v, setV] = useState(initial);
  const [consentMethod, setConsentMethod] = useState<ConsentMethod>("");
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();
  const set = <K extends keyof ActorFormValues>(k: K, value: ActorFormValues[K]) => setV((old) => ({ ...old, [k]: value }));
  const toggle = (k: "sectorKeys" | "neighbourhoodIds", value: string, on: boolean) =>
    setV((old) => ({ ...old, [k]: on ? [...old[k], value] : old[k].filter((x) => x !== value) }));
  const base = `/t/${slug}/partners`;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const payload = {
      name: v.name,
      kind: v.kind,
      sectorKeys: v.sectorKeys,
      formal: v.formal,
      careLine: v.careLine,
      aimedAt: v.aimedAt,
      vindplaats: v.vindplaats,
      vindplaatsNote: v.vindplaats ? v.vindplaatsNote : null,
      address: v.address,
      postcode: v.postcode,
      city: v.city,
      lat: coordinate(v.lat),
      lng: coordinate(v.lng),
      neighbourhoodIds: v.neighbourhoodIds,
      languages: splitList(v.languages),
      openingHours: v.openingHours,
      contacts: v.contacts.filter((c) => c.name.trim() || c.email.trim() || c.phone.trim()),
      website: v.website,
      notes: v.notes,
      tags: splitList(v.tags),
      missing: v.missing,
      missingNote: v.missing ? v.missingNote : null,
      status: v.status,
      offersUs: v.offersUs,
      offersThem: v.offersThem,
      ...(options.canChooseVisibility ? { visibility: v.visibility } : {}),
      ...(options.seesKeyFigures && v.kind === "key_figure" ? { personId: v.personId, consentMethod: consentMethod || null } : {}),
    };
    try {
      if (actorId && version !== undefined) {
        await api.actors.update.mutate({ id: actorId, version, ...payload });
        router.push(`${base}/actors/${actorId}?saved=1`);
      } else {
        const r = await api.actors.create.mutate(payload);
        router.push(`${base}/actors/${r.id}?saved=1`);
      }
      router.refresh();
    } catch (err) {
      form.fail(err, (code) => (code === "partners.actor.conflict" ? t("actors.form.conflict") : undefined));
      setBusy(false);
    }
  }

  const section: SectionProps = { v, set, setV, toggle, err: form.err, options };
  return (
    <form onSubmit={submit} className="space-y-8" noValidate>
      <ErrorSummary errors={form.state} title={t("actors.form.notSaved")} />

      <WhoSection {...section} consentMethod={consentMethod} onConsentMethod={setConsentMethod} />

      <WhereSection {...section} />

      <RelationshipSection {...section} />

      <MoreSection {...section} />

      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={busy}>
          {busy ? t("actors.form.saving") : actorId ? t("actors.form.save") : t("actors.form.create")}
        </Button>
        <a
          href={actorId ? `${base}/actors/${actorId}` : base}
          className="inline-flex min-h-11 items-center px-3 font-semibold text-teal-900 underline"
        >
          {t("actors.form.cancel")}
        </a>
      </div>
    </form>
  );
}
