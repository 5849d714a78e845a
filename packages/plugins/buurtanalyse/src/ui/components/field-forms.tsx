"use client";
import {
  Button,
  Checkbox,
  CheckboxGroup,
  ConfirmButton,
  ErrorSummary,
  SelectField,
  TextArea,
  TextField,
  useFormErrors,
} from "@zorgzaam/ui";
import { toast } from "@zorgzaam/ui/toast";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { CONSENT_AUDIENCES, CONVERSATION_KINDS, type ConsentAudience, type ConversationKind, FOUND_ACTOR_KINDS } from "../../domain";
import { BUURTANALYSE_LIMITS as L } from "../../limits";
import { dateOf, errorMessage, textOf, useBuurtanalyse } from "../client";

/** The longest edge of a photo as the phone sends it (core re-encodes it again and drops its metadata). */
const EDGE = 1600;

/** A photo made smaller on the phone (a JPEG data: URL), so it goes fast over a slow network. */
async function shrink(file: File): Promise<string> {
  const bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
  const scale = Math.min(1, EDGE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext("2d")?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  return canvas.toDataURL("image/jpeg", 0.8);
}

/** "2026-05-13T10:15" for an <input type="datetime-local"> in the phone's own time. */
function localNow(d = new Date()): string {
  const off = d.getTimezoneOffset() * 60_000;
  return new Date(d.getTime() - off).toISOString().slice(0, 16);
}

const audiencesOf = (form: FormData, name: string) => CONSENT_AUDIENCES.filter((a) => form.getAll(name).includes(a)) as ConsentAudience[];

/** The consent checkboxes of a quote or a photo, in plain words; none ticked: the team only. */
export function ConsentBoxes({ name, value, legend }: { name: string; value?: readonly string[]; legend?: string }) {
  const t = useTranslations("buurtanalyse.field");
  return (
    <CheckboxGroup legend={legend ?? t("consent.legend")} hint={t("consent.hint")} name={name}>
      {CONSENT_AUDIENCES.map((a) => (
        <Checkbox key={a} name={name} value={a} defaultChecked={value?.includes(a)} label={t(`consent.${a}`)} />
      ))}
    </CheckboxGroup>
  );
}

/**
 * "Waarneming toevoegen", one screen for a phone: what you see, the cue it answers (tap one), a photo from the camera
 * (made smaller here; the server stores it through core and removes EXIF), "mijn plek" from the phone's location, the
 * time (now, editable) and who may see the photo.
 */
export function ObservationForm({ analysisId, cues }: { analysisId: string; cues: { key: string; label: string }[] }) {
  const t = useTranslations("buurtanalyse.field");
  const api = useBuurtanalyse();
  const router = useRouter();
  const problems = useFormErrors();
  const [busy, setBusy] = useState(false);
  const [cue, setCue] = useState<string | null>(null);
  const [photo, setPhoto] = useState<string | null>(null);
  const [photoProblem, setPhotoProblem] = useState<string | null>(null);
  const [point, setPoint] = useState<[number, number] | null>(null);
  const [locating, setLocating] = useState(false);
  const [now, setNow] = useState(() => localNow());

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const el = e.currentTarget;
    const form = new FormData(el);
    const at = String(form.get("observedAt") ?? "");
    setBusy(true);
    try {
      await api.field.addObservation.mutate({
        analysisId,
        text: String(form.get("text") ?? ""),
        cueKey: cue,
        point: point ? { type: "Point", coordinates: point } : null,
        observedAt: at ? new Date(at) : null,
        photo,
        photoAudiences: audiencesOf(form, "photoAudiences"),
      });
      el.reset();
      setCue(null);
      setPhoto(null);
      setPoint(null);
      setNow(localNow());
      problems.clear();
      toast.success(t("observation.saved"));
      router.refresh();
    } catch (err) {
      problems.fail(err);
    } finally {
      setBusy(false);
    }
  }

  const cueLabel = cues.find((c) => c.key === cue)?.label;
  return (
    <form onSubmit={submit} noValidate className="grid grid-cols-1 *:min-w-0 gap-4" aria-labelledby="observation-form-title">
      <h2 id="observation-form-title" className="text-lg font-semibold">
        {t("observation.add")}
      </h2>
      <ErrorSummary errors={problems.state} />
      {cues.length ? (
        <fieldset className="grid gap-2">
          <legend className="text-sm font-semibold text-slate-900">{t("observation.cues")}</legend>
          <div className="flex flex-wrap gap-2">
            {cues.map((c) => (
              <button
                key={c.key}
                type="button"
                aria-pressed={cue === c.key}
                onClick={() => setCue(cue === c.key ? null : c.key)}
                className={`min-h-11 rounded-full border px-3 py-1 text-left text-sm ${
                  cue === c.key ? "border-teal-800 bg-teal-800 text-white" : "border-slate-400 bg-white text-slate-900"
                }`}
              >
                {c.label}
              </button>
            ))}
          </div>
        </fieldset>
      ) : null}
      <TextArea
        name="text"
        label={t("observation.text")}
        hint={cueLabel ? t("observation.textHintCue", { cue: cueLabel }) : t("observation.textHint")}
        rows={3}
        limit={L.longText}
        error={problems.err("text")}
      />
      <div className="grid gap-2">
        <label htmlFor="observation-photo" className="text-sm font-semibold text-slate-900">
          {t("observation.photo")}
        </label>
        <p id="observation-photo-hint" className="text-sm text-slate-700">
          {t("observation.photoHint")}
        </p>
        <input
          id="observation-photo"
          name="photoFile"
          type="file"
          accept="image/*"
          capture="environment"
          aria-describedby="observation-photo-hint"
          className="block min-h-11 w-full text-base"
          onChange={async (e) => {
            setPhotoProblem(null);
            const file = e.target.files?.[0];
            if (!file) return;
            try {
              setPhoto(await shrink(file));
            } catch {
              setPhotoProblem(t("observation.photoBad"));
              setPhoto(null);
            }
          }}
        />
        {photoProblem || problems.err("photo") ? (
          <p role="alert" className="text-sm text-red-800">
            {photoProblem ?? problems.err("photo")}
          </p>
        ) : null}
        {photo ? (
          <div className="flex flex-wrap items-end gap-3">
            {/* biome-ignore lint/performance/noImgElement: a data: URL made on the phone, not a page asset */}
            <img src={photo} alt={t("observation.photoChosen")} className="h-32 w-auto rounded-lg border border-slate-300" />
            <button type="button" className="min-h-11 underline" onClick={() => setPhoto(null)}>
              {t("observation.photoRemove")}
            </button>
          </div>
        ) : null}
        {photo ? <ConsentBoxes name="photoAudiences" legend={t("consent.photoLegend")} /> : null}
      </div>
      <div className="grid gap-2">
        <p className="text-sm font-semibold text-slate-900">{t("observation.place")}</p>
        <div className="flex flex-wrap items-center gap-3">
          <Button
            type="button"
            variant="secondary"
            disabled={locating}
            onClick={() => {
              if (!navigator.geolocation) {
                toast.error(t("observation.noLocation"));
                return;
              }
              setLocating(true);
              navigator.geolocation.getCurrentPosition(
                (p) => {
                  setPoint([Math.round(p.coords.longitude * 1e6) / 1e6, Math.round(p.coords.latitude * 1e6) / 1e6]);
                  setLocating(false);
                },
                () => {
                  toast.error(t("observation.noLocation"));
                  setLocating(false);
                },
                { enableHighAccuracy: true, timeout: 15_000 },
              );
            }}
          >
            {locating ? t("observation.locating") : t("observation.myPlace")}
          </Button>
          {point ? (
            <span className="text-sm text-slate-800">
              {t("observation.placeSet")}{" "}
              <button type="button" className="min-h-11 underline" onClick={() => setPoint(null)}>
                {t("observation.placeRemove")}
              </button>
            </span>
          ) : (
            <span className="text-sm text-slate-700">{t("observation.placeHint")}</span>
          )}
        </div>
      </div>
      <TextField
        name="observedAt"
        type="datetime-local"
        label={t("observation.when")}
        value={now}
        onChange={(e) => setNow(e.target.value)}
        error={problems.err("observedAt")}
      />
      <p>
        <Button type="submit" disabled={busy}>
          {busy ? t("observation.saving") : t("observation.save")}
        </Button>
      </p>
    </form>
  );
}

/** A conversation or a focus group: with whom by role and number (no names), where, when, and notes. */
export function ConversationForm({ analysisId, notesVisible }: { analysisId: string; notesVisible: boolean }) {
  const t = useTranslations("buurtanalyse.field");
  const api = useBuurtanalyse();
  const router = useRouter();
  const problems = useFormErrors();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const el = e.currentTarget;
    const form = new FormData(el);
    const n = Number(String(form.get("participants") ?? "").trim());
    setBusy(true);
    try {
      await api.field.addConversation.mutate({
        analysisId,
        kind: String(form.get("kind")) as ConversationKind,
        withWhom: String(form.get("withWhom") ?? ""),
        participants: String(form.get("participants") ?? "").trim() ? n : null,
        place: textOf(form, "place"),
        heldOn: dateOf(form, "heldOn") ?? new Date(new Date().toISOString().slice(0, 10)),
        notes: notesVisible ? textOf(form, "notes") : undefined,
      });
      el.reset();
      problems.clear();
      toast.success(t("conversation.saved"));
      router.refresh();
    } catch (err) {
      problems.fail(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="grid grid-cols-1 *:min-w-0 gap-3" aria-labelledby="conversation-form-title">
      <h2 id="conversation-form-title" className="text-lg font-semibold">
        {t("conversation.add")}
      </h2>
      <ErrorSummary errors={problems.state} />
      <SelectField name="kind" label={t("conversation.kind")} defaultValue="conversation" error={problems.err("kind")}>
        {CONVERSATION_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`conversation.kinds.${k}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        name="withWhom"
        label={t("conversation.withWhom")}
        hint={t("conversation.withWhomHint")}
        limit={L.shortText}
        error={problems.err("withWhom")}
      />
      <TextField
        name="participants"
        type="number"
        inputMode="numeric"
        min={1}
        label={t("conversation.participants")}
        error={problems.err("participants")}
      />
      <TextField name="place" label={t("conversation.place")} limit={L.shortText} error={problems.err("place")} />
      <TextField
        name="heldOn"
        type="date"
        label={t("conversation.heldOn")}
        defaultValue={new Date().toISOString().slice(0, 10)}
        error={problems.err("heldOn")}
      />
      {notesVisible ? (
        <TextArea
          name="notes"
          label={t("conversation.notes")}
          hint={t("conversation.notesHint")}
          rows={3}
          limit={L.longText}
          error={problems.err("notes")}
        />
      ) : null}
      <p>
        <Button type="submit" disabled={busy}>
          {t("conversation.save")}
        </Button>
      </p>
    </form>
  );
}

/** A quote from a conversation or with an observation: said by a role, never a name; with its consent. */
export function QuoteForm({
  analysisId,
  conversationId,
  observationId,
  label,
}: {
  analysisId: string;
  conversationId?: string;
  observationId?: string;
  label: string;
}) {
  const t = useTranslations("buurtanalyse.field");
  const api = useBuurtanalyse();
  const router = useRouter();
  const problems = useFormErrors();
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const el = e.currentTarget;
    const form = new FormData(el);
    setBusy(true);
    try {
      await api.field.addQuote.mutate({
        analysisId,
        conversationId: conversationId ?? null,
        observationId: observationId ?? null,
        text: String(form.get("text") ?? ""),
        saidBy: textOf(form, "saidBy"),
        personId: null,
        audiences: audiencesOf(form, "audiences"),
      });
      el.reset();
      problems.clear();
      setOpen(false);
      toast.success(t("quote.saved"));
      router.refresh();
    } catch (err) {
      problems.fail(err);
    } finally {
      setBusy(false);
    }
  }

  if (!open)
    return (
      <p>
        <Button type="button" variant="secondary" onClick={() => setOpen(true)} aria-label={`${t("quote.add")}: ${label}`}>
          {t("quote.add")}
        </Button>
      </p>
    );
  return (
    <form onSubmit={submit} noValidate className="grid grid-cols-1 *:min-w-0 gap-3 rounded-lg border border-slate-300 bg-white p-3">
      <ErrorSummary errors={problems.state} />
      <TextArea name="text" label={t("quote.text")} rows={2} limit={L.longText} error={problems.err("text")} />
      <TextField name="saidBy" label={t("quote.saidBy")} hint={t("quote.saidByHint")} limit={L.shortText} error={problems.err("saidBy")} />
      <ConsentBoxes name="audiences" />
      <p className="flex flex-wrap gap-2">
        <Button type="submit" disabled={busy}>
          {t("quote.save")}
        </Button>
        <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
          {t("quote.cancel")}
        </Button>
      </p>
    </form>
  );
}

/** Changes the consent of a quote or a photo afterwards. */
export function ConsentForm({ target, id, value }: { target: "quote" | "photo"; id: string; value: readonly string[] }) {
  const t = useTranslations("buurtanalyse.field");
  const api = useBuurtanalyse();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  return (
    <form
      noValidate
      className="grid gap-2"
      onSubmit={async (e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        setBusy(true);
        try {
          await api.field.consent.mutate({ target, id, audiences: audiencesOf(form, "audiences") });
          toast.success(t("consent.saved"));
          router.refresh();
        } catch (err) {
          toast.error(errorMessage(err));
        } finally {
          setBusy(false);
        }
      }}
    >
      <ConsentBoxes name="audiences" value={value} legend={target === "photo" ? t("consent.photoLegend") : t("consent.legend")} />
      <p>
        <Button type="submit" variant="secondary" disabled={busy}>
          {t("consent.save")}
        </Button>
      </p>
    </form>
  );
}

/** Removes an observation, a conversation or a quote after a confirmation. */
export function FieldRemoveButton({ what, id, label }: { what: "observation" | "conversation" | "quote"; id: string; label: string }) {
  const t = useTranslations("buurtanalyse");
  const api = useBuurtanalyse();
  const router = useRouter();
  return (
    <ConfirmButton
      variant="ghost"
      aria-label={t("common.removeNamed", { what: label })}
      title={t("common.confirmRemove", { what: label })}
      confirmLabel={t("common.remove")}
      cancelLabel={t("common.cancel")}
      onConfirm={async () => {
        try {
          if (what === "observation") await api.field.removeObservation.mutate({ id });
          else if (what === "conversation") await api.field.removeConversation.mutate({ id });
          else await api.field.removeQuote.mutate({ id });
          router.refresh();
        } catch (err) {
          toast.error(errorMessage(err));
        }
      }}
    >
      {t("common.remove")}
    </ConfirmButton>
  );
}

/** Links a Bevragingen survey to the analysis, or takes the link away. */
export function SurveyLinkButton({
  analysisId,
  surveyId,
  linkId,
  title,
}: {
  analysisId: string;
  surveyId: string;
  linkId: string | null;
  title: string;
}) {
  const t = useTranslations("buurtanalyse.field");
  const api = useBuurtanalyse();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      type="button"
      variant="secondary"
      disabled={busy}
      aria-label={`${linkId ? t("surveys.unlink") : t("surveys.link")}: ${title}`}
      onClick={async () => {
        setBusy(true);
        try {
          if (linkId) await api.surveys.unlink.mutate({ id: linkId });
          else await api.surveys.link.mutate({ analysisId, surveyId });
          router.refresh();
        } catch (err) {
          toast.error(errorMessage(err));
        } finally {
          setBusy(false);
        }
      }}
    >
      {linkId ? t("surveys.unlink") : t("surveys.link")}
    </Button>
  );
}

/** Round 3, "toevoegen als actor": puts an actor found online on the partner map (Partners), with where it was found. */
export function FoundActorForm({ analysisId, sources }: { analysisId: string; sources: { key: string; label: string }[] }) {
  const t = useTranslations("buurtanalyse.round3");
  const api = useBuurtanalyse();
  const router = useRouter();
  const problems = useFormErrors();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const el = e.currentTarget;
    const form = new FormData(el);
    const sourceKey = String(form.get("sourceKey") ?? "");
    setBusy(true);
    try {
      await api.sections.addActor.mutate({
        analysisId,
        sourceKey,
        sourceLabel: sources.find((x) => x.key === sourceKey)?.label ?? sourceKey,
        name: String(form.get("name") ?? ""),
        kind: String(form.get("kind")) as (typeof FOUND_ACTOR_KINDS)[number],
        website: textOf(form, "website"),
      });
      el.reset();
      problems.clear();
      toast.success(t("actorAdded"));
      router.refresh();
    } catch (err) {
      problems.fail(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="grid grid-cols-1 *:min-w-0 gap-3 rounded-xl border border-slate-300 bg-white p-4">
      <h3 className="font-semibold">{t("addActor")}</h3>
      <p className="text-sm text-slate-700">{t("addActorHint")}</p>
      <ErrorSummary errors={problems.state} />
      <SelectField name="sourceKey" label={t("actorSource")} defaultValue={sources[0]?.key ?? ""} error={problems.err("sourceKey")}>
        {sources.map((x) => (
          <option key={x.key} value={x.key}>
            {x.label}
          </option>
        ))}
      </SelectField>
      <TextField name="name" label={t("actorName")} limit={200} error={problems.err("name")} />
      <SelectField name="kind" label={t("actorKind")} defaultValue="organisation" error={problems.err("kind")}>
        {FOUND_ACTOR_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`actorKinds.${k}`)}
          </option>
        ))}
      </SelectField>
      <TextField name="website" type="url" label={t("actorWebsite")} limit={500} error={problems.err("website")} />
      <p>
        <Button type="submit" disabled={busy}>
          {t("addActorSave")}
        </Button>
      </p>
    </form>
  );
}
