import { router } from "../trpc/init";
import { auditRouter } from "./audit";
import { consentPurposesRouter } from "./consent-purposes";
import { invitationsRouter } from "./invitations";
import { meRouter } from "./me";
import { modulesRouter } from "./modules";
import { membersRouter } from "./members";
import { neighbourhoodsRouter } from "./neighbourhoods";
import { operatorRouter } from "./operator";
import { organisationsRouter } from "./organisations";
import { filesRouter } from "./files";
import { geoRouter } from "./geo";
import { peopleRouter } from "./people";
import { personalDataRouter } from "./personal-data";
import { rolesRouter } from "./roles";
import { tenantRouter } from "./tenant";
import { contactRouter } from "./contact";
import { publicSiteRouter } from "./public-site";

/** Core's routers. The app router (apps/web) adds the plugin routers next to these. */
export const coreRouters = {
  me: meRouter,
  tenant: tenantRouter,
  members: membersRouter,
  invitations: invitationsRouter,
  roles: rolesRouter,
  modules: modulesRouter,
  neighbourhoods: neighbourhoodsRouter,
  organisations: organisationsRouter,
  people: peopleRouter,
  personalData: personalDataRouter,
  files: filesRouter,
  geo: geoRouter,
  consentPurposes: consentPurposesRouter,
  audit: auditRouter,
  contact: contactRouter,
  publicSite: publicSiteRouter,
  operator: operatorRouter,
};

export const coreRouter = router(coreRouters);
