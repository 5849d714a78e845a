// Types of precompressed.mjs (plain JavaScript so that server.mjs and the build script run it with node).
import type { IncomingMessage, ServerResponse } from "node:http";

export function precompressDir(dir: string): Promise<{ files: number; bytes: number; brotliBytes: number }>;
export function acceptsBrotli(header: string | string[] | undefined): boolean;
export function precompressedStatic(
  staticDir: string,
  urlPrefix: string,
): { size: number; handle: (req: IncomingMessage, res: ServerResponse) => boolean };
