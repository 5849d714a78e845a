export {
  type AppRouterOf,
  type ModuleRouters,
  type Platform,
  type PlatformModule,
  type PlatformOptions,
  createPlatform,
  effectivePermissionsOf,
} from "./create";
export { installPlatform, installedPlatform } from "./installed";
