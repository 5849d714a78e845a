import { createAppPlatform } from "@zorgzaam/platform";
import { installPlatform } from "../packages/core/src/platform/installed";

// The entry point of every integration test file: the platform of this installation (core and every module), as the
// web app and the worker install it. A file that needs other modules or extra jobs installs its own platform
// (createPlatform, or installTestJobs in packages/core/src/jobs/testing.ts) at its top.
installPlatform(createAppPlatform());
