import type { PersonalDataHook } from "@zorgzaam/core/plugin";

/**
 * Buurtanalyse holds nothing about a Person in this slice: participants are counted by role (a first name at most),
 * no table references a person. Working notes that may still name someone are sensitive fields with a retention.
 */
export const personalData: PersonalDataHook = {
  models: [],
  async export() {
    return {};
  },
  async erase() {
    return [];
  },
};
