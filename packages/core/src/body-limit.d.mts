// Types of body-limit.mjs (plain JavaScript so that the web app's next.config.ts can load it before anything is compiled).
export declare function bodyLimitMb(e: { API_MAX_BODY_MB: number; FILES_MAX_MB: number }): number;
