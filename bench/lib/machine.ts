import os from "node:os";

/** The 1, 5 and 15 minute load averages: other work on the machine widens p95. */
export function loadavg(): string {
  return os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
}

/** The lines every benchmark starts with: what it measures, on which machine, when, under which load. */
export function printHeader(title: string): void {
  console.log(title);
  console.log(
    `machine: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? "?"}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ` +
      `${os.platform()} ${os.release()}, node ${process.version}`,
  );
  console.log(`date: ${new Date().toISOString()}; load average ${loadavg()} (other work on the machine widens p95)`);
}
