import type { AnyJobDef } from "./define";

// Process-wide: the worker registers core jobs and each plugin's jobs at start; enqueue by name looks them up here.
const registry = new Map<string, AnyJobDef>();

/** Registers job definitions. Registering the same definition again is a no-op; another one under a taken name throws. */
export function registerJobs(defs: readonly AnyJobDef[]): void {
  for (const def of defs) {
    const existing = registry.get(def.name);
    if (existing && existing !== def) {
      throw new Error(`Job "${def.name}" is already registered by another definition: job names must be unique`);
    }
    registry.set(def.name, def);
  }
}

export function getJob(name: string): AnyJobDef | undefined {
  return registry.get(name);
}

export function allJobs(): AnyJobDef[] {
  return [...registry.values()];
}
