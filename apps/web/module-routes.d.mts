// Types of module-routes.mjs (plain JavaScript so that next.config.ts can load it before anything is compiled).
export interface ModulePageFile {
  key: string;
  file: string;
}
export interface ModulePackage {
  id: string;
  name: string;
  pages: ModulePageFile[];
}
export declare const GENERATED_MARK: string;
export declare const ROUTES_DIR: string;
export declare const UNKNOWN_PATH: string;
export declare function modulePackages(pluginsDir: string): ModulePackage[];
export declare function pageSpecifier(module: ModulePackage, page: ModulePageFile): string;
export declare function pageRouteSource(module: ModulePackage, page: ModulePageFile): string;
export declare function unknownRouteSource(module: ModulePackage): string;
export declare function routeFiles(modules: readonly ModulePackage[]): Map<string, string>;
export declare function writeModuleRoutes(webDir: string, pluginsDir: string): string[];
