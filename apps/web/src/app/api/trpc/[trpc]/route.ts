import { env } from "@zorgzaam/core";
import { getSessionUser } from "@/auth/session";
import { webPlatform } from "@/server/platform";
import { handleTrpcRequest } from "@/server/trpc-handler";

const handler = (req: Request) => handleTrpcRequest(req, () => getSessionUser(), { appUrl: env().APP_URL, router: webPlatform().router });

export { handler as GET, handler as POST };
