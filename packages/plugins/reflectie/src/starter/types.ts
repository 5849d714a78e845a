import type { Localised } from "@zorgzaam/core/plugin";

export interface StarterQuestion extends Localised {
  /** Stable key: the tenant's copy refers to it, so a later starter-set update never duplicates or overwrites it. */
  key: string;
}

export interface StarterTheme {
  key: string;
  title: Localised;
  questions: StarterQuestion[];
}
