import { describe, expect, it } from "vitest";
import { homeFocus } from "./focus";

describe("homeFocus", () => {
  it("takes the broadest role", () => {
    expect(homeFocus(["regie"])).toBe("coordinator");
    expect(homeFocus(["admin"])).toBe("coordinator");
    expect(homeFocus(["field_worker", "regie"])).toBe("coordinator");
    expect(homeFocus(["volunteer", "field_worker"])).toBe("field_worker");
    expect(homeFocus(["partner", "volunteer"])).toBe("partner");
    expect(homeFocus(["volunteer"])).toBe("volunteer");
  });

  it("gives a member without a known role the narrowest home", () => {
    expect(homeFocus([])).toBe("volunteer");
  });
});
