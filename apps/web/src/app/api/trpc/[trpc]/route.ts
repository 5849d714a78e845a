import { env } from "@zorgzaam/core";
import { cookieSessionId } from "@/auth/session";
import { webPlatform } from "@/server/platform";
import { handleTrpcRequest } from "@/server/trpc-handler";

// The session its cookie names is checked against its row by the procedure (ADR 0037): for a tenant procedure in the
// first statement of its transaction.
const handler = (req: Request) =>
  handleTrpcRequest(req, { sessionId: cookieSessionId }, { appUrl: env().APP_URL, router: webPlatform().router });

export { handler as GET, handler as POST };
