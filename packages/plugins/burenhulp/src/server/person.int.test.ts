/**
 * A person's page shows both sides (BH-1): her requests and her offers through `requests.forPerson`, with
 * `askWhatTheyOffer` when she only asks (the page then prompts "wat kan of wil deze persoon zelf bieden?"); a field worker outside the person's
 * neighbourhood gets NOT_FOUND, like every read about a person.
 */
import {
  closeAll,
  createMember,
  createTenant,
  installModules,
  type MemberFixture,
  moduleCaller,
  ownerDb,
  setModuleEnabled,
  type TenantFixture,
} from "@zorgzaam/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { burenhulpPlugin as burenhulp } from "../definition";

installModules([burenhulp]);
const call = moduleCaller(burenhulp);

let T: TenantFixture;
let regie: MemberFixture;

beforeAll(async () => {
  T = await createTenant({ tag: "bh-person" });
  await setModuleEnabled(T.id, burenhulp, true);
  regie = T.users.regie as MemberFixture;
});

afterAll(async () => {
  await closeAll();
});

async function person(firstName: string, neighbourhoodId: string) {
  return (
    await ownerDb().person.create({
      data: { tenantId: T.id, firstName, lastName: "Buur", neighbourhoodId, languages: [] },
      select: { id: true },
    })
  ).id;
}

describe("both sides of a person", () => {
  it("lists her requests and offers, and says when she only asks", async () => {
    const api = call(regie, T);
    const kinds = await api.kinds.list();
    const [shopping, plants] = [kinds.find((k) => k.key === "shopping")?.id ?? "", kinds.find((k) => k.key === "plants")?.id ?? ""];
    const area = T.neighbourhoods[0].id;
    const rosa = await person("Rosa", area);
    expect(await api.requests.forPerson({ personId: rosa })).toMatchObject({ requests: [], offers: [], askWhatTheyOffer: false });

    const { id: requestId } = await api.requests.create({ personId: rosa, kindId: shopping, channel: "field_worker", notes: "GEHEIM" });
    const asks = await api.requests.forPerson({ personId: rosa });
    expect(asks).toMatchObject({ askWhatTheyOffer: true, offers: [] });
    expect(asks.requests).toEqual([
      { id: requestId, status: "open", createdAt: expect.any(Date), kind: { id: shopping, key: "shopping", label: expect.anything() } },
    ]);
    expect(JSON.stringify(asks)).not.toContain("GEHEIM");

    const { id: offerId } = await api.offers.create({ personId: rosa, kindId: plants });
    const both = await api.requests.forPerson({ personId: rosa });
    expect(both).toMatchObject({ askWhatTheyOffer: false });
    expect(both.offers.map((o) => o.id)).toEqual([offerId]);
  });

  it("answers NOT_FOUND for a person outside a field worker's neighbourhoods", async () => {
    const [mine, other] = [T.neighbourhoods[0].id, T.neighbourhoods[1]?.id];
    if (!other) throw new Error("the fixture tenant has two neighbourhoods");
    const worker = await createMember(T, { roles: ["field_worker"], neighbourhoodIds: [mine] });
    const away = await person("Omar", other);
    await expect(call(worker, T).requests.forPerson({ personId: away })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const near = await person("Lies", mine);
    expect((await call(worker, T).requests.forPerson({ personId: near })).askWhatTheyOffer).toBe(false);
  });
});
