import type { PersonalDataHook } from "@zorgzaam/core";

export const personalData: PersonalDataHook = {
  models: ["PartnersActor", "PartnersAcquaintance"],
  export: async () => ({}),
  erase: async () => [],
};
