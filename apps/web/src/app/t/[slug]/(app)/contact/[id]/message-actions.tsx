"use client";
import { LIMITS } from "@zorgzaam/core/limits";
import { Button, Card, ErrorSummary, SelectField, TextArea, useFormErrors, useCall, usePlatformClient } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { type FormEvent, useId, useState } from "react";
import { useFeedback } from "@/lib/feedback";
import type { AppRouter } from "@/server/app-router";
import { STATUSES } from "../statuses";

interface Props {
  message: { id: string; status: string; ownerMembershipId: string | null; notes: string | null; hasEmail: boolean };
  members: { id: string; name: string }[];
  canHandle: boolean;
  canNotes: boolean;
}

/** Status and owner, internal notes (with their permission), and a reply by mail. */
export function MessageActions({ message, members, canHandle, canNotes }: Props) {
  const t = useTranslations("contactPoint");
  const client = usePlatformClient<AppRouter>();
  const { done } = useFeedback();
  const update = useCall(client.contact.update.mutate);
  const reply = useCall(client.contact.reply.mutate);
  const handling = useFormErrors();
  const notes = useFormErrors();
  const replying = useFormErrors();
  const [replyKey, setReplyKey] = useState(0);
  const id = useId();
  if (!canHandle) return null;

  function saveHandling(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    handling.clear();
    const owner = String(f.get("ownerMembershipId") ?? "");
    update.run(
      { id: message.id, status: String(f.get("status")) as (typeof STATUSES)[number], ownerMembershipId: owner || null },
      { onSuccess: () => done(t("saved")), onError: (err) => handling.fail(err) },
    );
  }
  function saveNotes(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    notes.clear();
    update.run(
      { id: message.id, notes: String(f.get("notes") ?? "") },
      { onSuccess: () => done(t("notesSaved")), onError: (err) => notes.fail(err) },
    );
  }
  function sendReply(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    replying.clear();
    reply.run(
      { id: message.id, body: String(f.get("body") ?? "") },
      {
        onSuccess: () => {
          setReplyKey((k) => k + 1);
          done(t("replySent"));
        },
        onError: (err) => replying.fail(err),
      },
    );
  }

  return (
    <div className="space-y-6">
      <Card title={t("handle")}>
        <form onSubmit={saveHandling} noValidate className="space-y-4">
          <ErrorSummary errors={handling.state} />
          <SelectField id={`${id}-status`} name="status" label={t("statusLabel")} defaultValue={message.status}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            id={`${id}-owner`}
            name="ownerMembershipId"
            label={t("owner")}
            defaultValue={message.ownerMembershipId ?? ""}
            error={handling.state.fields.ownerMembershipId}
          >
            <option value="">{t("noOwner")}</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </SelectField>
          <Button type="submit" disabled={update.pending}>
            {t("save")}
          </Button>
        </form>
      </Card>
      {canNotes ? (
        <Card title={t("notes")}>
          <form onSubmit={saveNotes} noValidate className="space-y-4">
            <ErrorSummary errors={notes.state} />
            <TextArea
              id={`${id}-notes`}
              name="notes"
              label={t("notes")}
              hint={t("notesHint")}
              limit={LIMITS.contactNotes}
              defaultValue={message.notes ?? ""}
              error={notes.state.fields.notes}
              rows={4}
            />
            <Button type="submit" disabled={update.pending}>
              {t("saveNotes")}
            </Button>
          </form>
        </Card>
      ) : null}
      <Card title={t("reply")}>
        {message.hasEmail ? (
          <form key={replyKey} onSubmit={sendReply} noValidate className="space-y-4">
            <ErrorSummary errors={replying.state} />
            <TextArea
              id={`${id}-reply`}
              name="body"
              label={t("replyText")}
              hint={t("replyHint")}
              limit={LIMITS.contactMessage}
              required
              error={replying.state.fields.body}
              rows={6}
            />
            <Button type="submit" disabled={reply.pending}>
              {t("sendReply")}
            </Button>
          </form>
        ) : (
          <p>{t("noEmail")}</p>
        )}
      </Card>
    </div>
  );
}
