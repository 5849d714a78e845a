import type { Question, QuestionType, SurveyContent, SurveyLanguage, Texts } from "../../survey";

/** The builder's edits as pure functions on a version's content (no React): add, move, remove, change. */
export type Path = { s: number; q: number };

function nextKey(content: SurveyContent, prefix: string): string {
  const used = new Set(content.sections.flatMap((s) => [s.key, ...s.questions.map((q) => q.key)]));
  let i = 1;
  while (used.has(`${prefix}${i}`)) i++;
  return `${prefix}${i}`;
}

export function addSection(c: SurveyContent): SurveyContent {
  return { sections: [...c.sections, { key: nextKey(c, "s"), title: {}, questions: [] }] };
}

export function addQuestion(c: SurveyContent, s: number, type: QuestionType): SurveyContent {
  const choice = type === "single" || type === "multiple";
  const q: Question = {
    key: nextKey(c, "q"),
    type,
    text: {},
    required: false,
    ...(choice
      ? {
          options: [
            { key: "o1", text: {} },
            { key: "o2", text: {} },
          ],
        }
      : {}),
  };
  return { sections: c.sections.map((x, i) => (i === s ? { ...x, questions: [...x.questions, q] } : x)) };
}

export function updateQuestion(c: SurveyContent, p: Path, change: Partial<Question>): SurveyContent {
  return {
    sections: c.sections.map((x, i) =>
      i === p.s ? { ...x, questions: x.questions.map((q, j) => (j === p.q ? { ...q, ...change } : q)) } : x,
    ),
  };
}

/**
 * A question of another type: a choice question keeps (or gets two empty) choices; any other type drops them, so no
 * hidden choice waits for a translation; a photo question is never required.
 */
export function changeType(c: SurveyContent, p: Path, type: QuestionType): SurveyContent {
  const choice = type === "single" || type === "multiple";
  return {
    sections: c.sections.map((x, i) =>
      i === p.s
        ? {
            ...x,
            questions: x.questions.map((q, j) => {
              if (j !== p.q) return q;
              const { options, ...rest } = q;
              const next: Question = { ...rest, type, ...(type === "photo" ? { required: false } : {}) };
              if (choice)
                next.options = options?.length
                  ? options
                  : [
                      { key: "o1", text: {} },
                      { key: "o2", text: {} },
                    ];
              return next;
            }),
          }
        : x,
    ),
  };
}

export function setSectionTitle(c: SurveyContent, s: number, title: Texts): SurveyContent {
  return { sections: c.sections.map((x, i) => (i === s ? { ...x, title } : x)) };
}

/** Moves a question one place up or down within its section (a skip rule must keep pointing backwards). */
export function moveQuestion(c: SurveyContent, p: Path, by: -1 | 1): SurveyContent {
  return {
    sections: c.sections.map((x, i) => {
      if (i !== p.s) return x;
      const to = p.q + by;
      if (to < 0 || to >= x.questions.length) return x;
      const qs = [...x.questions];
      const [moved] = qs.splice(p.q, 1);
      if (moved) qs.splice(to, 0, moved);
      return { ...x, questions: qs };
    }),
  };
}

export function removeQuestion(c: SurveyContent, p: Path): SurveyContent {
  const key = c.sections[p.s]?.questions[p.q]?.key;
  return {
    sections: c.sections.map((x, i) => ({
      ...x,
      questions: x.questions
        .filter((_, j) => !(i === p.s && j === p.q))
        // A rule that pointed to the removed question goes too.
        .map((q) => (q.showIf?.question === key ? { ...q, showIf: null } : q)),
    })),
  };
}

export function addOption(q: Question): Partial<Question> {
  const used = new Set((q.options ?? []).map((o) => o.key));
  let i = 1;
  while (used.has(`o${i}`)) i++;
  return { options: [...(q.options ?? []), { key: `o${i}`, text: {} }] };
}

export function setText(texts: Texts, language: SurveyLanguage, value: string): Texts {
  return { ...texts, [language]: value };
}

/** How the builder names a place in the survey that a check points at ("title", "s1", "s1.q2", "s1.q2.o1"). */
export type PathPart =
  | { kind: "title" }
  | { kind: "section"; n: number; text: Texts }
  | { kind: "question"; n: number; text: Texts }
  | { kind: "option"; n: number; question: Texts }
  | { kind: "unknown"; path: string };

/** A check's path as the builder shows it: the part's or question's own text and number, never a key. */
export function describePath(c: SurveyContent, path: string): PathPart {
  if (path === "title") return { kind: "title" };
  const [sk, qk, ok] = path.split(".");
  const si = c.sections.findIndex((x) => x.key === sk);
  const section = c.sections[si];
  if (!section) {
    // A question key alone (the publish problems name the question).
    const all = c.sections.flatMap((x) => x.questions);
    const qi = all.findIndex((q) => q.key === sk);
    const q = all[qi];
    return q ? { kind: "question", n: qi + 1, text: q.text } : { kind: "unknown", path };
  }
  if (!qk) return { kind: "section", n: si + 1, text: section.title };
  const all = c.sections.flatMap((x) => x.questions);
  const qi = all.findIndex((q) => q.key === qk);
  const q = all[qi];
  if (!q) return { kind: "unknown", path };
  if (!ok) return { kind: "question", n: qi + 1, text: q.text };
  const oi = (q.options ?? []).findIndex((o) => o.key === ok);
  return oi < 0 ? { kind: "unknown", path } : { kind: "option", n: oi + 1, question: q.text };
}
