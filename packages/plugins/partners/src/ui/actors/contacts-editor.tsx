"use client";
import { Button, TextField } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";

export interface ContactRow {
  name: string;
  role: string;
  email: string;
  phone: string;
}

/** Contact persons at the actor: professional contact details, one row each. */
export function ContactsEditor({
  contacts,
  onChange,
  error,
}: {
  contacts: ContactRow[];
  onChange: (c: ContactRow[]) => void;
  error: string | null;
}) {
  const t = useTranslations("partners.actors");
  const update = (i: number, patch: Partial<ContactRow>) => onChange(contacts.map((c, j) => (i === j ? { ...c, ...patch } : c)));
  return (
    <fieldset name="contacts" className="space-y-3">
      <legend className="text-sm font-semibold text-slate-900">{t("field.contacts")}</legend>
      {contacts.map((c, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved; order is stable while editing
        <div key={i} className="grid gap-3 rounded-lg border border-slate-200 p-3 sm:grid-cols-2">
          <TextField label={t("contact.name", { n: i + 1 })} value={c.name} onChange={(e) => update(i, { name: e.target.value })} />
          <TextField label={t("contact.role", { n: i + 1 })} value={c.role} onChange={(e) => update(i, { role: e.target.value })} />
          <TextField
            label={t("contact.email", { n: i + 1 })}
            type="email"
            value={c.email}
            onChange={(e) => update(i, { email: e.target.value })}
          />
          <TextField
            label={t("contact.phone", { n: i + 1 })}
            type="tel"
            value={c.phone}
            onChange={(e) => update(i, { phone: e.target.value })}
          />
          <div className="sm:col-span-2">
            <Button type="button" variant="ghost" onClick={() => onChange(contacts.filter((_, j) => j !== i))}>
              {t("contact.remove", { n: i + 1 })}
            </Button>
          </div>
        </div>
      ))}
      {error ? <p className="text-sm font-medium text-red-800">{error}</p> : null}
      <Button type="button" variant="secondary" onClick={() => onChange([...contacts, { name: "", role: "", email: "", phone: "" }])}>
        {t("contact.add")}
      </Button>
    </fieldset>
  );
}
