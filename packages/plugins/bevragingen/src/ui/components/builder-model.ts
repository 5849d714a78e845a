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
