"use client";
import { Button, Checkbox, CheckboxGroup, ErrorSummary, SelectField, TextArea, TextField, useFormErrors } from "@zorgzaam/ui";
import { toast } from "@zorgzaam/ui/toast";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import {
  PARTICIPANT_MODES,
  PARTICIPANT_ROLES,
  SECTION_STATUSES,
  type SectionContent,
  type SectionKey,
  type SectionStatus,
} from "../../domain";
import { BUURTANALYSE_LIMITS as L } from "../../limits";
import { textOf, useBuurtanalyse } from "../client";

type Participant = NonNullable<SectionContent["participants"]>[number];
type Earlier = NonNullable<SectionContent["earlier"]>[number];

export interface SectionEditorProps {
  analysisId: string;
  sectionKey: SectionKey;
  status: SectionStatus;
  content: SectionContent;
  notes: string | null;
  notesVisible: boolean;
  canEdit: boolean;
  /** The questions answered in this section (starter content in the reader's language). */
  questions: { key: string; label: string }[];
  checklist?: { key: string; label: string }[];
  participants?: boolean;
  earlier?: boolean;
}

/**
 * One section: its status, the answers to its questions, the lists some sections keep (participants by role, earlier
 * analyses by others, a checklist) and the working notes. One save sends it all; what the section does not use is
 * left alone on the server.
 */
export function SectionEditor(p: SectionEditorProps) {
  const t = useTranslations("buurtanalyse");
  const api = useBuurtanalyse();
  const router = useRouter();
  const problems = useFormErrors();
  const [busy, setBusy] = useState(false);
  const [participants, setParticipants] = useState<Participant[]>(p.content.participants ?? []);
  const [earlier, setEarlier] = useState<Earlier[]>(p.content.earlier ?? []);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const answers: Record<string, string> = {};
    for (const q of p.questions) answers[q.key] = String(form.get(`answer-${q.key}`) ?? "");
    setBusy(true);
    try {
      await api.sections.save.mutate({
        analysisId: p.analysisId,
        key: p.sectionKey,
        status: String(form.get("status")) as SectionStatus,
        content: {
          ...(p.questions.length ? { answers } : {}),
          ...(p.checklist ? { checklist: form.getAll("checklist").map(String) } : {}),
          ...(p.participants ? { participants } : {}),
          ...(p.earlier ? { earlier } : {}),
        },
        ...(p.notesVisible ? { notes: textOf(form, "notes") } : {}),
      });
      problems.clear();
      toast.success(t("section.saved"));
      router.refresh();
    } catch (err) {
      problems.fail(err);
    } finally {
      setBusy(false);
    }
  }

  const disabled = !p.canEdit;
  return (
    <form onSubmit={submit} noValidate className="grid grid-cols-1 *:min-w-0 gap-5">
      <ErrorSummary errors={problems.state} />
      <SelectField name="status" label={t("section.status")} defaultValue={p.status} disabled={disabled}>
        {SECTION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`status.${s}`)}
          </option>
        ))}
      </SelectField>
      {p.questions.map((q) => (
        <TextArea
          key={q.key}
          name={`answer-${q.key}`}
          label={q.label}
          defaultValue={p.content.answers?.[q.key] ?? ""}
          limit={L.longText}
          error={problems.err(`content.answers.${q.key}`)}
          disabled={disabled}
        />
      ))}
      {p.checklist ? (
        <CheckboxGroup legend={t("section.checklist")} name="checklist">
          {p.checklist.map((c, i) => (
            <Checkbox
              key={c.key}
              name="checklist"
              value={c.key}
              label={`${i + 1}. ${c.label}`}
              defaultChecked={p.content.checklist?.includes(c.key)}
              disabled={disabled}
            />
          ))}
        </CheckboxGroup>
      ) : null}
      {p.participants ? (
        <fieldset className="grid grid-cols-1 *:min-w-0 gap-3 rounded-xl border border-slate-300 p-3">
          <legend className="px-1 font-semibold">{t("participants.title")}</legend>
          <p className="text-sm text-slate-700">{t("participants.hint")}</p>
          {participants.map((x, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own; their order is what the team typed.
            <div key={i} className="grid grid-cols-1 *:min-w-0 gap-2 rounded-lg bg-slate-50 p-2 sm:grid-cols-4">
              <SelectField
                label={t("participants.role")}
                value={x.role}
                disabled={disabled}
                onChange={(e) =>
                  setParticipants((ps) => ps.map((y, j) => (j === i ? { ...y, role: e.target.value as Participant["role"] } : y)))
                }
              >
                {PARTICIPANT_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(`participants.roles.${r}`)}
                  </option>
                ))}
              </SelectField>
              <SelectField
                label={t("participants.mode")}
                value={x.mode}
                disabled={disabled}
                onChange={(e) =>
                  setParticipants((ps) => ps.map((y, j) => (j === i ? { ...y, mode: e.target.value as Participant["mode"] } : y)))
                }
              >
                {PARTICIPANT_MODES.map((m) => (
                  <option key={m} value={m}>
                    {t(`participants.modes.${m}`)}
                  </option>
                ))}
              </SelectField>
              <TextField
                label={t("participants.count")}
                type="number"
                min={0}
                value={x.count}
                disabled={disabled}
                onChange={(e) => setParticipants((ps) => ps.map((y, j) => (j === i ? { ...y, count: Number(e.target.value) || 0 } : y)))}
              />
              <TextField
                label={t("participants.label")}
                value={x.label ?? ""}
                limit={L.label}
                disabled={disabled}
                onChange={(e) => setParticipants((ps) => ps.map((y, j) => (j === i ? { ...y, label: e.target.value } : y)))}
              />
            </div>
          ))}
          {p.canEdit ? (
            <p>
              <Button
                type="button"
                variant="secondary"
                onClick={() => setParticipants((ps) => [...ps, { role: "team", mode: "actief", count: 1, label: null }])}
              >
                {t("participants.add")}
              </Button>
            </p>
          ) : null}
        </fieldset>
      ) : null}
      {p.earlier ? (
        <fieldset className="grid grid-cols-1 *:min-w-0 gap-3 rounded-xl border border-slate-300 p-3">
          <legend className="px-1 font-semibold">{t("earlier.title")}</legend>
          <p className="text-sm text-slate-700">{t("earlier.hint")}</p>
          {earlier.map((x, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own.
            <div key={i} className="grid grid-cols-1 *:min-w-0 gap-2 rounded-lg bg-slate-50 p-2 sm:grid-cols-3">
              <TextField
                label={t("earlier.who")}
                value={x.who}
                limit={L.label}
                disabled={disabled}
                onChange={(e) => setEarlier((es) => es.map((y, j) => (j === i ? { ...y, who: e.target.value } : y)))}
              />
              <TextField
                label={t("earlier.what")}
                value={x.what}
                limit={L.shortText}
                disabled={disabled}
                onChange={(e) => setEarlier((es) => es.map((y, j) => (j === i ? { ...y, what: e.target.value } : y)))}
              />
              <TextField
                label={t("earlier.link")}
                value={x.link ?? ""}
                limit={L.shortText}
                disabled={disabled}
                onChange={(e) => setEarlier((es) => es.map((y, j) => (j === i ? { ...y, link: e.target.value } : y)))}
              />
            </div>
          ))}
          {p.canEdit ? (
            <p>
              <Button type="button" variant="secondary" onClick={() => setEarlier((es) => [...es, { who: "", what: "", link: null }])}>
                {t("earlier.add")}
              </Button>
            </p>
          ) : null}
        </fieldset>
      ) : null}
      {p.notesVisible ? (
        <TextArea
          name="notes"
          label={t("section.notes")}
          hint={t("section.notesHint")}
          defaultValue={p.notes ?? ""}
          limit={L.longText}
          error={problems.err("notes")}
          disabled={disabled}
        />
      ) : null}
      {p.canEdit ? (
        <p>
          <Button type="submit" disabled={busy}>
            {t("section.save")}
          </Button>
        </p>
      ) : null}
    </form>
  );
}
