import { coreRouters, router } from "@zorgzaam/core";

/** The whole API: core's routers (plugin routers join here through the plugin registry). */
export const appRouter = router({ ...coreRouters });
export type AppRouter = typeof appRouter;
