// Types of page-files.mjs (plain JavaScript so that the web app's next.config.ts can load it before anything is compiled).
export declare const PAGES_DIR: string;
export declare const PAGE_FILE: string;
export declare function modulePageFiles(moduleDir: string): { key: string; file: string }[];
export declare function pageKeyProblems(keys: readonly string[]): string[];
