import { createPlatform } from "../../platform/create";
import { installPlatform } from "../../platform/installed";
import { startWorker } from "../worker";
import { sleepyJob } from "./sleepy-job";

// Test fixture: a worker in its own process, so a test can kill it with SIGKILL in the middle of a job.
installPlatform(createPlatform([], { jobs: [sleepyJob] }));
const worker = startWorker({ concurrency: 1, lockDuration: 1_000, stalledInterval: 500 });
await worker.ready();
process.stdout.write("ready\n");
