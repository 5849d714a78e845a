import { type AnswerValue, type Question, scaleRange } from "../../survey";

/** What the typist typed for one question cannot be read: the numbers allowed, or what kind of value is expected. */
export type PaperProblem = { code: "pick"; max: number } | { code: "number" } | { code: "date" };

/**
 * Reads what a typist typed for one question of a paper form (keyboard only): a choice by its number (1 = the first),
 * several choices as numbers separated by spaces or commas, a scale point or a number as written (a comma is a
 * decimal point), a neighbourhood by its number in the list, a date as dd/mm/yyyy (or yyyy-mm-dd), a text as typed.
 * Empty: no answer.
 */
export function readPaperAnswer(
  q: Question,
  typed: string,
  neighbourhoods: readonly { id: string }[],
): { value: AnswerValue | undefined } | { problem: PaperProblem } {
  const raw = typed.trim();
  if (raw === "") return { value: undefined };
  const pick = (list: readonly string[]) => {
    const parts = raw.split(/[\s,;]+/).filter(Boolean);
    const picked: string[] = [];
    for (const p of parts) {
      const n = /^\d+$/.test(p) ? Number(p) : Number.NaN;
      const key = list[n - 1];
      if (key === undefined) return null;
      if (!picked.includes(key)) picked.push(key);
    }
    return picked;
  };
  switch (q.type) {
    case "single":
    case "multiple": {
      const keys = (q.options ?? []).map((o) => o.key);
      const picked = pick(keys);
      if (!picked || (q.type === "single" && picked.length !== 1)) return { problem: { code: "pick", max: keys.length } };
      return { value: q.type === "single" ? picked[0] : picked };
    }
    case "neighbourhood": {
      const picked = pick(neighbourhoods.map((n) => n.id));
      if (picked?.length !== 1) return { problem: { code: "pick", max: neighbourhoods.length } };
      return { value: picked[0] };
    }
    case "scale":
    case "number": {
      if (!/^-?\d+([.,]\d+)?$/.test(raw)) return { problem: { code: "number" } };
      const n = Number(raw.replace(",", "."));
      if (q.type === "scale") {
        const { min, max } = scaleRange(q);
        if (!Number.isInteger(n) || n < min || n > max) return { problem: { code: "pick", max } };
      }
      return { value: n };
    }
    case "date": {
      const be = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(raw);
      const iso = be ? `${be[3]}-${be[2]?.padStart(2, "0")}-${be[1]?.padStart(2, "0")}` : raw;
      return /^\d{4}-\d{2}-\d{2}$/.test(iso) && !Number.isNaN(Date.parse(iso)) ? { value: iso } : { problem: { code: "date" } };
    }
    default:
      return { value: typed };
  }
}
