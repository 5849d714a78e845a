import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import Nodemailer from "next-auth/providers/nodemailer";
import {
  appDb,
  consumeSignInAttempt,
  createSession,
  env,
  hashPassword,
  MAGIC_LINK_MINUTES,
  queueMagicLinkMail,
  RateLimitedError,
  requestClientIp,
  resetSignInAttempts,
  revokeSession,
  verifyPassword,
  withDbContext,
  writeAudit,
} from "@zorgzaam/core";
import { zorgzaamAdapter } from "./adapter";
import { authSecret } from "./dev-secret";

class RateLimited extends CredentialsSignin {
  override code = "rate_limited";
}

/** The client address for the per-IP limit and the audit log: TRUSTED_PROXIES decides what is believed. */
function clientIp(request: Request | undefined): string | null {
  return request ? requestClientIp(request.headers) : null;
}

async function audit(action: string, actorUserId: string | null, data: Record<string, string | null>, ip: string | null) {
  await withDbContext({}, (tx) => writeAudit(tx, { tenantId: null, actorUserId, action, data, ip }));
}

// A real hash of a random password, so that an unknown address costs the same time as a wrong password.
let dummyHash: Promise<string> | undefined;
function dummy() {
  dummyHash ??= hashPassword(crypto.randomUUID());
  return dummyHash;
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  trustHost: true,
  secret: authSecret(),
  adapter: zorgzaamAdapter,
  // The cookie holds a signed, encrypted token with the id of a server-side AuthSession row; that row decides
  // whether the session is still valid (revocation, 30 minutes idle, 12 hours absolute).
  session: { strategy: "jwt", maxAge: 12 * 3600 },
  pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin" },
  providers: [
    Credentials({
      id: "password",
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const email = String(credentials?.email ?? "")
          .trim()
          .toLowerCase()
          .slice(0, 320);
        const password = String(credentials?.password ?? "").slice(0, 200);
        const ip = clientIp(request);
        try {
          await consumeSignInAttempt(email, ip);
        } catch (e) {
          if (e instanceof RateLimitedError) {
            await audit("auth.signin_rate_limited", null, { email, method: "password" }, ip);
            throw new RateLimited();
          }
          throw e;
        }
        const user = await appDb().user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true } });
        const ok = await verifyPassword(user?.passwordHash ?? (await dummy()), password);
        if (!user || !ok) {
          await audit("auth.signin_failed", user?.id ?? null, { email, method: "password" }, ip);
          return null;
        }
        await resetSignInAttempts(email, ip);
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
    Nodemailer({
      id: "email",
      server: { host: env().SMTP_HOST, port: env().SMTP_PORT },
      from: env().SMTP_FROM,
      maxAge: MAGIC_LINK_MINUTES * 60,
      async sendVerificationRequest({ identifier, url, request }) {
        const email = identifier.toLowerCase();
        const ip = clientIp(request);
        try {
          await consumeSignInAttempt(email, ip);
        } catch (e) {
          if (e instanceof RateLimitedError) {
            await audit("auth.signin_rate_limited", null, { email, method: "email" }, ip);
            return; // Same answer as a sent link: "check your mail".
          }
          throw e;
        }
        const user = await appDb().user.findUnique({ where: { email }, select: { id: true, locale: true } });
        await audit("auth.magic_link_requested", user?.id ?? null, { email }, ip);
        if (!user) return; // No account: nothing is sent, and the page says the same as when one is.
        // The mail waits sealed in PostgreSQL; the job in Redis carries only its id, never the address or the link.
        await queueMagicLinkMail({ email, url, locale: user.locale ?? "nl" });
      },
    }),
  ],
  callbacks: {
    async signIn({ user, account }) {
      // A magic link for an unknown address never signs anyone in (accounts come from invitations).
      if (account?.provider === "email")
        return Boolean(user.id && (await appDb().user.findUnique({ where: { id: user.id }, select: { id: true } })));
      return true;
    },
    async jwt({ token, user, account, trigger }) {
      if (trigger === "signIn" && user?.id) {
        const s = await createSession({ userId: user.id, method: account?.provider ?? "unknown" });
        token.sid = s.id;
        await audit("auth.signin", user.id, { method: account?.provider ?? "unknown" }, null);
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, sid: typeof token.sid === "string" ? token.sid : undefined };
    },
  },
  events: {
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      const sid = typeof token?.sid === "string" ? token.sid : null;
      if (sid) {
        await revokeSession(sid);
        await audit("auth.signout", token?.sub ?? null, { sessionId: sid }, null);
      }
    },
  },
}));
