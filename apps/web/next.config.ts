import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const config: NextConfig = {
  // Workspace packages are TypeScript sources (see packages/*/package.json "exports").
  transpilePackages: ["@zorgzaam/core", "@zorgzaam/ui"],
  serverExternalPackages: ["@node-rs/argon2", "pg", "bullmq", "ioredis", "nodemailer", "smtp-server", "mailparser", "@prisma/adapter-pg"],
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  experimental: { authInterrupts: true },
};

export default withNextIntl(config);
