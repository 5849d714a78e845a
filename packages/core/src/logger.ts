/** A small structured logger: one JSON line per event on stderr, so any log collector can read it. */
type Level = "debug" | "info" | "warn" | "error";
const order: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function threshold(): number {
  const l = (process.env.LOG_LEVEL as Level | undefined) ?? "info";
  return order[l] ?? 20;
}

function write(level: Level, fields: Record<string, unknown>, msg: string) {
  if (order[level] < threshold()) return;
  const err = fields.err as Error | undefined;
  const line = {
    level,
    time: new Date().toISOString(),
    msg,
    ...fields,
    ...(err instanceof Error ? { err: { message: err.message, stack: err.stack } } : {}),
  };
  process.stderr.write(`${JSON.stringify(line)}\n`);
}

export const logger = {
  debug: (f: Record<string, unknown>, m: string) => write("debug", f, m),
  info: (f: Record<string, unknown>, m: string) => write("info", f, m),
  warn: (f: Record<string, unknown>, m: string) => write("warn", f, m),
  error: (f: Record<string, unknown>, m: string) => write("error", f, m),
};
