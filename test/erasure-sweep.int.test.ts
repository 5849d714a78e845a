/**
 * Erasure is complete, generated from the database catalogue (a new module's table is covered without a line of its
 * own): for every table that references "Person" (core's and every module's), a row about one person is written whose
 * every free-text column holds a marker (columns whose CHECK makes them a code are left as they were); the person's
 * own columns too. Then the person is exported, one module is switched off, and the person is erased through the API.
 * Afterwards the marker appears nowhere: not in a dump of the whole database (as the owner), not in any Redis key of
 * the installation, and the export fetched before the erase answers NOT_FOUND.
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeQueues, startWorker, type WorkerHandle } from "../packages/core/src/jobs/index";
import { isolateQueuePrefix, waitForJob } from "../packages/core/src/jobs/testing";
import { installedPlatform } from "../packages/core/src/platform/installed";
import {
  callerFor,
  closeAll,
  codeOf,
  createTenant,
  ownerDb,
  quoteIdent,
  seedModules,
  sessionFor,
  setModulesEnabled,
  type TenantFixture,
} from "./fixtures";
import { columnsOf, isText, isTextArray, personReferences, plantRow } from "./person-rows";

const installationPrefix = process.env.QUEUE_PREFIX ?? "zztest";
isolateQueuePrefix("erasure");

const MARK = `ERASEMARK${randomBytes(4).toString("hex")}`;
let T: TenantFixture;
let personId: string;
let worker: WorkerHandle;
const planted: string[] = [];

beforeAll(async () => {
  T = await createTenant({ tag: "erasure" });
  await seedModules(T);
  personId = T.people[0].id;
  // The person's own columns.
  const personCols = (await columnsOf("Person")).filter((c) => (isText(c) || isTextArray(c)) && c.name !== "id");
  for (const c of personCols) {
    const m = `${MARK}-Person-${c.name}`;
    planted.push(m);
    await ownerDb().$executeRawUnsafe(
      `UPDATE "Person" SET ${quoteIdent(c.name)} = ${isTextArray(c) ? `ARRAY[$1]::text[]` : "$1"} WHERE id = $2::uuid`,
      m,
      personId,
    );
  }
  worker = startWorker({ concurrency: 1 });
  await worker.ready();
});

afterAll(async () => {
  await worker?.close({ force: true });
  await closeQueues();
  await closeAll();
});

describe("erasure sweep, generated from the catalogue", () => {
  it("leaves no trace of the person in the database or in Redis", async () => {
    const tables = await personReferences();
    // Exports are written by the export below, from everything else.
    const planting = tables.filter((t) => t.table !== "PersonalDataExport");
    for (const t of planting) await plantRow(t.table, t.column, { tenantId: T.id, personId, mark: MARK, planted });
    expect(planting.length).toBeGreaterThanOrEqual(3);
    console.info(`erasure sweep: ${planting.length} tables referencing Person, ${planted.length} markers planted`);

    const regie = callerFor(sessionFor(T.users.regie), T.slug);
    const exported = await regie.personalData.requestExport({ personId });
    expect((await waitForJob(exported.jobId)).state).toBe("completed");
    const data = JSON.stringify(await regie.personalData.result({ jobId: exported.jobId }));
    // Not vacuous: the export holds the markers of core and of the modules.
    expect(data).toContain(`${MARK}-Person-firstName`);
    expect(planting.filter((t) => data.includes(`${MARK}-${t.table}-`)).length).toBeGreaterThanOrEqual(planting.length - 1);

    // A module switched off before the erase still has its data erased.
    const off = installedPlatform().plugins[installedPlatform().plugins.length - 1]?.manifest.id ?? "";
    await setModulesEnabled(T.id, [off], false);

    const admin = callerFor(sessionFor(T.users.admin), T.slug);
    const erase = await admin.personalData.requestErase({
      personId,
      confirmName: `${MARK}-Person-firstName ${MARK}-Person-lastName`,
    });
    expect((await waitForJob(erase.jobId, { timeoutMs: 30_000 })).state).toBe("completed");
    expect(await codeOf(regie.personalData.result({ jobId: exported.jobId }))).toBe("NOT_FOUND");

    // The whole database, as the owner.
    const url = process.env.DATABASE_OWNER_URL ?? "";
    const dump = execFileSync("pg_dump", ["--data-only", "--no-owner", "--no-privileges", url], {
      encoding: "utf8",
      maxBuffer: 512 * 1024 * 1024,
    });
    const left: string[] = [];
    let table = "";
    for (const line of dump.split("\n")) {
      if (line.startsWith("COPY ")) table = line.split(" ")[1] ?? "";
      if (line.includes(MARK)) left.push(`${table}: ${line.match(new RegExp(`${MARK}-[\\w-]+`))?.[0] ?? ""}`);
    }
    expect(left).toEqual([]);
    expect(dump.length).toBeGreaterThan(10_000);

    // Every Redis key of the installation, whatever its type.
    const redis = new Redis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379", { maxRetriesPerRequest: 1 });
    const inRedis: string[] = [];
    let keys = 0;
    try {
      let cursor = "0";
      do {
        const [next, batch] = await redis.scan(cursor, "MATCH", `${installationPrefix}*`, "COUNT", 1000);
        cursor = next;
        for (const key of batch) {
          keys++;
          const type = await redis.type(key);
          const value =
            type === "string"
              ? await redis.get(key)
              : type === "hash"
                ? await redis.hgetall(key)
                : type === "list"
                  ? await redis.lrange(key, 0, -1)
                  : type === "set"
                    ? await redis.smembers(key)
                    : type === "zset"
                      ? await redis.zrange(key, "0", "-1")
                      : type === "stream"
                        ? await redis.xrange(key, "-", "+")
                        : null;
          if (JSON.stringify(value ?? "").includes(MARK)) inRedis.push(`${key} (${type})`);
        }
      } while (cursor !== "0");
    } finally {
      redis.disconnect();
    }
    expect(inRedis).toEqual([]);
    expect(keys).toBeGreaterThan(0);
    expect(planted.length).toBeGreaterThan(10);
  });
});
