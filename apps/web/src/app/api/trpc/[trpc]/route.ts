import { env } from "@zorgzaam/core";
import { getSessionUser } from "@/auth/session";
import { handleTrpcRequest } from "@/server/trpc-handler";

const handler = (req: Request) => handleTrpcRequest(req, () => getSessionUser(), { appUrl: env().APP_URL });

export { handler as GET, handler as POST };
