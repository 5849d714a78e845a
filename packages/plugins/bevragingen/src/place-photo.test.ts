import { describe, expect, it } from "vitest";
import { BEVRAGINGEN_LIMITS as L } from "./limits";
import { answerProblems, cleanAnswers, contentProblems, photoBytes, visibleQuestions } from "./logic";
import { parsePoint, type SurveyContent } from "./survey";

const yesNo = [
  { key: "yes", text: { nl: "Ja" } },
  { key: "no", text: { nl: "Nee" } },
];
// A 1x1 PNG as a phone would send it.
const PNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

const content: SurveyContent = {
  sections: [
    {
      key: "s1",
      title: { nl: "Plekken" },
      questions: [
        { key: "unsafe", type: "single", text: { nl: "Voel je je ergens onveilig?" }, required: true, options: yesNo },
        {
          key: "where",
          type: "point",
          text: { nl: "Waar?" },
          required: true,
          precision: 3,
          showIf: { question: "unsafe", values: ["yes"] },
        },
        { key: "street", type: "street", text: { nl: "In welke straat woon je?" }, required: false },
        { key: "photo", type: "photo", text: { nl: "Foto van de plek" }, required: false, showIf: { question: "unsafe", values: ["yes"] } },
      ],
    },
  ],
};

describe("street, point and photo questions", () => {
  it("skip logic hides a point and a photo question until the answer matches", () => {
    expect([...visibleQuestions(content, { unsafe: "no" })]).toEqual(["unsafe", "street"]);
    expect([...visibleQuestions(content, { unsafe: "yes" })]).toEqual(["unsafe", "where", "street", "photo"]);
    // Required only when shown: "no" needs no point.
    expect(answerProblems(content, { unsafe: "no" })).toEqual([]);
    expect(answerProblems(content, { unsafe: "yes" })).toEqual([{ question: "where", code: "required" }]);
    // An answer to a hidden question is refused, never dropped silently.
    expect(answerProblems(content, { unsafe: "no", where: "Kerkstraat" })).toEqual([{ question: "where", code: "hidden" }]);
  });

  it("a street is a name without a house number, within the limit", () => {
    expect(answerProblems(content, { unsafe: "no", street: "Kerkstraat" })).toEqual([]);
    expect(answerProblems(content, { unsafe: "no", street: "Kerkstraat 12" })).toEqual([{ question: "street", code: "street" }]);
    expect(answerProblems(content, { unsafe: "no", street: "x".repeat(L.street + 1) })).toEqual([
      { question: "street", code: "tooLong", params: { max: L.street } },
    ]);
    expect(answerProblems(content, { unsafe: "no", street: 3 })).toEqual([{ question: "street", code: "text" }]);
  });

  it("a point is lat,lon on the map or a street or place typed without a number", () => {
    expect(answerProblems(content, { unsafe: "yes", where: "50.8467123,4.3524987" })).toEqual([]);
    expect(answerProblems(content, { unsafe: "yes", where: "Het pleintje aan de kerk" })).toEqual([]);
    expect(answerProblems(content, { unsafe: "yes", where: "Kerkstraat 12" })).toEqual([{ question: "where", code: "point" }]);
    expect(answerProblems(content, { unsafe: "yes", where: "95,4" })).toEqual([{ question: "where", code: "point" }]);
    expect(parsePoint("50.85,4.35")).toEqual({ lat: 50.85, lon: 4.35 });
    expect(parsePoint("Kerkstraat")).toBeNull();
  });

  it("a point is stored at the precision the survey asks, never finer", () => {
    expect(cleanAnswers({ unsafe: "yes", where: "50.8467123,4.3524987", street: " Kerkstraat " }, content)).toEqual({
      unsafe: "yes",
      where: "50.847,4.352",
      street: "Kerkstraat",
    });
    const coarse: SurveyContent = {
      sections: [{ key: "s", title: {}, questions: [{ key: "p", type: "point", text: {}, required: false, precision: 2 }] }],
    };
    expect(cleanAnswers({ p: "50.8467,4.3524" }, coarse)).toEqual({ p: "50.85,4.35" });
  });

  it("a photo is an image as a data: URL, up to the limit named in the error", () => {
    expect(photoBytes(PNG)).toBe(70);
    expect(answerProblems(content, { unsafe: "yes", where: "Markt", photo: PNG })).toEqual([]);
    expect(answerProblems(content, { unsafe: "yes", where: "Markt", photo: "data:text/html;base64,PGI+" })).toEqual([
      { question: "photo", code: "photo" },
    ]);
    const big = `data:image/jpeg;base64,${"A".repeat(Math.ceil((L.photoBytes * 4) / 3) + 8)}`;
    expect(answerProblems(content, { unsafe: "yes", where: "Markt", photo: big })).toEqual([
      { question: "photo", code: "photoTooBig", params: { max: 4 } },
    ]);
  });

  it("a photo question cannot be required (publishing says so)", () => {
    const required: SurveyContent = {
      sections: [{ key: "s", title: {}, questions: [{ key: "p", type: "photo", text: {}, required: true }] }],
    };
    expect(contentProblems(required)).toEqual([{ path: "p", code: "photoRequired" }]);
    expect(contentProblems(content)).toEqual([]);
  });
});
