import type { Adapter, AdapterUser } from "next-auth/adapters";
import { appDb } from "@zorgzaam/core";

/**
 * The part of an Auth.js adapter that magic links need, on our own tables. Accounts are created by invitations
 * only: createUser refuses, so a magic link never creates an account for an unknown address.
 */
function toAdapterUser(u: { id: string; email: string; name: string | null; emailVerified: Date | null }): AdapterUser {
  return { id: u.id, email: u.email, name: u.name, emailVerified: u.emailVerified };
}

const select = { id: true, email: true, name: true, emailVerified: true } as const;

export const zorgzaamAdapter: Adapter = {
  async createUser() {
    throw new Error("Accounts are created through invitations only");
  },
  async getUser(id) {
    const u = await appDb().user.findUnique({ where: { id }, select });
    return u ? toAdapterUser(u) : null;
  },
  async getUserByEmail(email) {
    const u = await appDb().user.findUnique({ where: { email: email.toLowerCase() }, select });
    return u ? toAdapterUser(u) : null;
  },
  async getUserByAccount() {
    return null;
  },
  async updateUser(user) {
    const u = await appDb().user.update({
      where: { id: user.id },
      data: {
        ...(user.emailVerified !== undefined ? { emailVerified: user.emailVerified } : {}),
        ...(user.name ? { name: user.name } : {}),
      },
      select,
    });
    return toAdapterUser(u);
  },
  async linkAccount() {
    return undefined;
  },
  async createVerificationToken(token) {
    await appDb().verificationToken.create({ data: token });
    return token;
  },
  async useVerificationToken({ identifier, token }) {
    try {
      return await appDb().verificationToken.delete({ where: { identifier_token: { identifier, token } } });
    } catch {
      return null;
    }
  },
};
