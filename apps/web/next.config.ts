import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { writeModuleRoutes } from "./module-routes.mjs";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

// Module packages are found on disk, so adding a module never changes this file.
const pluginsDir = path.resolve(import.meta.dirname, "../../packages/plugins");
const pluginPackages = existsSync(pluginsDir)
  ? readdirSync(pluginsDir)
      .map((d) => path.join(pluginsDir, d, "package.json"))
      .filter((f) => existsSync(f))
      .map((f) => (JSON.parse(readFileSync(f, "utf8")) as { name: string }).name)
  : [];

// One route per module (module-routes.mjs), written before Next reads the app folder.
writeModuleRoutes(import.meta.dirname, pluginsDir);

// Messages in the browser are precompiled (src/i18n/precompile.ts, ADR 0036): there use-intl formats them with its
// format-only runtime, without intl-messageformat; elsewhere with src/i18n/format-message.ts (source and compiled).
const require = createRequire(import.meta.url);
const fromHere = (file: string) =>
  `./${path
    .relative(import.meta.dirname, file)
    .split(path.sep)
    .join("/")}`;
const messageFormatter = {
  "use-intl/format-message": {
    browser: fromHere(require.resolve("use-intl/format-message/format-only")),
    default: "./src/i18n/format-message.ts",
  },
  "use-intl-compile-format": fromHere(require.resolve("use-intl/format-message")),
};

const uploadLimit = `${(Number(process.env.FILES_MAX_MB) || 10) + 1}mb` as const;

const config: NextConfig = {
  // Workspace packages are TypeScript sources (see packages/*/package.json "exports").
  transpilePackages: ["@zorgzaam/core", "@zorgzaam/ui", "@zorgzaam/platform", ...pluginPackages],
  serverExternalPackages: [
    "@node-rs/argon2",
    "pg",
    "bullmq",
    "ioredis",
    "nodemailer",
    "smtp-server",
    "mailparser",
    "@prisma/adapter-pg",
    "sharp",
  ],
  turbopack: { resolveAlias: messageFormatter },
  poweredByHeader: false,
  // `next build` type-checks the app again (tsconfig.json with .next/types), what the web package's `typecheck`
  // script already does (next typegen, then tsc). `npm test` runs that as its types stage and, when it passed in the
  // same run, sets BUILD_TYPES_CHECKED=1 for the end-to-end build only (scripts/test.mjs): 40 s less on 2 cores.
  // `npm start`, a release build and `npm test -- e2e` alone still check types in the build.
  typescript: { ignoreBuildErrors: process.env.BUILD_TYPES_CHECKED === "1" },
  reactStrictMode: true,
  typedRoutes: false,
  // Uploads (photos, attachments: FILES_MAX_MB, 10 MB by default, read at build time) arrive through server actions.
  experimental: {
    authInterrupts: true,
    serverActions: { bodySizeLimit: uploadLimit },
    proxyClientMaxBodySize: uploadLimit,
    // A client component that imports one primitive from the UI barrel gets that file, not the whole library.
    optimizePackageImports: ["@zorgzaam/ui"],
  },
};

export default withNextIntl(config);
