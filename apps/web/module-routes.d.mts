// Types of module-routes.mjs (plain JavaScript so that next.config.ts can load it before anything is compiled).
export declare const GENERATED_MARK: string;
export declare function modulePackages(pluginsDir: string): { id: string; name: string }[];
export declare function routeSource(module: { id: string; name: string }): string;
export declare function writeModuleRoutes(webDir: string, pluginsDir: string): string[];
