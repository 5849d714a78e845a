import { router } from "../trpc/init.js";
import { auditRouter } from "./audit.js";
import { invitationsRouter } from "./invitations.js";
import { meRouter } from "./me.js";
import { membersRouter } from "./members.js";
import { neighbourhoodsRouter } from "./neighbourhoods.js";
import { operatorRouter } from "./operator.js";
import { organisationsRouter } from "./organisations.js";
import { peopleRouter } from "./people.js";
import { rolesRouter } from "./roles.js";
import { tenantRouter } from "./tenant.js";

/** Core's routers. The app router (apps/web) adds the plugin routers next to these. */
export const coreRouters = {
  me: meRouter,
  tenant: tenantRouter,
  members: membersRouter,
  invitations: invitationsRouter,
  roles: rolesRouter,
  neighbourhoods: neighbourhoodsRouter,
  organisations: organisationsRouter,
  people: peopleRouter,
  audit: auditRouter,
  operator: operatorRouter,
};

export const coreRouter = router(coreRouters);
