import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { NextConfig } from "next";
import { bodyLimitMb } from "@zorgzaam/core/body-limit";
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

// Server actions carry uploads (FILES_MAX_MB, 10 MB by default) and module forms' procedure calls (ADR 0041), which the
// action itself holds to the API's body limit with a message naming it: Next's own limit lets both through (read at
// build time; the defaults are env.ts's).
const filesMb = Number(process.env.FILES_MAX_MB) || 10;
const apiMb = bodyLimitMb({ API_MAX_BODY_MB: Number(process.env.API_MAX_BODY_MB) || 2, FILES_MAX_MB: filesMb });
const uploadLimit = `${Math.ceil(Math.max(filesMb, apiMb)) + 1}mb` as const;

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
  // Uploads (photos, attachments) and module forms' procedure calls arrive through server actions (uploadLimit above).
  experimental: {
    authInterrupts: true,
    serverActions: { bodySizeLimit: uploadLimit },
    proxyClientMaxBodySize: uploadLimit,
    // A client component that imports one primitive from the UI barrel gets that file, not the whole library.
    optimizePackageImports: ["@zorgzaam/ui"],
  },
};

export default withNextIntl(config);
