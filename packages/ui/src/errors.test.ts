import { describe, expect, it } from "vitest";
import { errorAppCode, errorCode, errorMessage, errorParams, fieldErrors } from "./errors";

describe("reading failed calls", () => {
  const failure = Object.assign(new Error("Vul een naam in"), {
    data: {
      code: "BAD_REQUEST",
      fields: { name: "Vul een naam in", "neighbourhoodIds.0": "Ongeldige verwijzing", "neighbourhoodIds.1": "x" },
    },
  });
  it("gives the message, the code and the first problem per top-level field", () => {
    expect(errorMessage(failure)).toBe("Vul een naam in");
    expect(errorMessage("kapot")).toBe("kapot");
    expect(errorCode(failure)).toBe("BAD_REQUEST");
    expect(errorCode(new Error("x"))).toBeUndefined();
    expect(fieldErrors(failure)).toEqual({ name: "Vul een naam in", neighbourhoodIds: "Ongeldige verwijzing" });
    expect(fieldErrors(null)).toEqual({});
  });

  it("gives a declared error's code and parameters, and a page's own words for it when it has them", () => {
    const failure = Object.assign(new Error("Le fichier est trop volumineux : 10 Mo maximum."), {
      data: { code: "BAD_REQUEST", appCode: "partners.transfer.tooBig", params: { mb: 10 } },
    });
    expect(errorAppCode(failure)).toBe("partners.transfer.tooBig");
    expect(errorParams(failure)).toEqual({ mb: 10 });
    expect(errorMessage(failure)).toBe("Le fichier est trop volumineux : 10 Mo maximum.");
    expect(errorMessage(failure, (code, p) => (code === "partners.transfer.tooBig" ? `max ${p.mb}` : undefined))).toBe("max 10");
    expect(errorMessage(failure, () => undefined)).toBe("Le fichier est trop volumineux : 10 Mo maximum.");
    expect(errorAppCode(new Error("x"))).toBeUndefined();
    expect(errorParams(null)).toEqual({});
  });
});
