import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import type { ReflectieRouter } from "../../server/router";
import { SessionRoom } from "../components/session-room";
import { localText, UUID } from "../format";

/** The session room: the fan, the answers, the action points and the closing step. Made for a tablet on the table. */
export async function SessionRoomPage(props: PluginPageProps<ReflectieRouter>) {
  const api = props.api;
  const id = props.params.id ?? "";
  if (!UUID.test(id)) notFound();
  const session = await api.sessions.get({ id });
  const locale = await getLocale();
  const library = session.status === "closed" ? [] : await api.themes.list({ includeHidden: false });
  const chosen = new Set(session.themes.map((t) => t.id));
  const asked = new Set(session.items.map((i) => i.questionId));
  return (
    <SessionRoom
      slug={props.slug}
      locale={locale}
      session={{
        ...session,
        date: session.date.toISOString(),
        themes: session.themes.map((t) => ({ id: t.id, title: localText(t.title, locale) })),
        // Each viewer reads the asked questions in their own language, whoever drew them.
        items: session.items.map((i) => ({ ...i, questionText: localText(i.question, locale) })),
      }}
      pickable={library
        .filter((t) => chosen.has(t.id))
        .map((t) => ({
          id: t.id,
          title: localText(t.title, locale),
          questions: t.questions.map((q) => ({ id: q.id, text: localText(q.text, locale), asked: asked.has(q.id) })),
        }))}
    />
  );
}
