import fs from "node:fs";
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

/** Linux's clock ticks per second for /proc/<pid>/stat (CLK_TCK: 100 on every Linux this runs on). */
const TICKS_PER_S = 100;

/**
 * CPU time (user + system, ms) of each running process that `select` picks, read from /proc (Linux only; empty
 * elsewhere). `select` sees the process group and the command line. Two snapshots give the CPU a piece of work cost
 * these processes (cpuBetween), which a busy machine changes far less than it changes throughput or latency.
 */
export function cpuSnapshot(select: (p: { pid: number; pgrp: number; cmdline: string }) => boolean): Map<number, number> {
  const out = new Map<number, number>();
  let pids: string[];
  try {
    pids = fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d));
  } catch {
    return out;
  }
  for (const d of pids) {
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, "utf8");
      // Fields after the command name (in parentheses, which may hold spaces): state is field 3.
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const pgrp = Number(f[2]);
      const cmdline = fs.readFileSync(`/proc/${d}/cmdline`, "utf8").replace(/\0/g, " ");
      if (!select({ pid: Number(d), pgrp, cmdline })) continue;
      out.set(Number(d), ((Number(f[11]) + Number(f[12])) * 1000) / TICKS_PER_S);
    } catch {
      // The process ended meanwhile.
    }
  }
  return out;
}

/** CPU ms the processes of `after` spent since `before` (a process new since then counts whole). */
export function cpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let ms = 0;
  for (const [pid, t] of after) ms += t - (before.get(pid) ?? 0);
  return ms;
}
