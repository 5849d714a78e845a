import { describe, expect, it } from "vitest";
import { errorCode, errorMessage, fieldErrors } from "./errors";

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
});
