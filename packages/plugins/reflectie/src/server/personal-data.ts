import type { PersonalDataHook } from "@zorgzaam/core/plugin";

/**
 * Reflectie holds nothing about a Person (core's resident/contact record): participants and action-point owners are
 * members (users) or names typed in for guests, never a Person. So there is nothing to export or erase per Person.
 */
export const personalData: PersonalDataHook = {
  models: [],
  export: async () => ({}),
  erase: async () => [],
};
