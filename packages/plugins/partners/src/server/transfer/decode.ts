import iconv from "iconv-lite";
import { FileProblem } from "./table";
import { appError } from "../errors";

export type Encoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1252";

/**
 * Turns the bytes of a text file into text the way people's files really are: UTF-8 with a byte order mark (Excel's
 * "CSV UTF-8"), UTF-16 with a mark (Excel's "Unicode text"), plain UTF-8, and otherwise Windows-1252 (Excel's classic
 * "CSV" on a Belgian Windows). A file that is not text at all (a PDF, an image renamed to .csv) is refused.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } {
  let text: string;
  let encoding: Encoding;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = "utf-8-bom";
    text = new TextDecoder("utf-8").decode(bytes.subarray(3));
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = "utf-16le";
    text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = "utf-16be";
    text = new TextDecoder("utf-16be").decode(bytes.subarray(2));
  } else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      encoding = "utf-8";
    } catch {
      text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "windows-1252");
      encoding = "windows-1252";
    }
  }
  if (!looksLikeText(text)) throw new FileProblem(appError("partners.transfer.notText"));
  return { text, encoding };
}

/** Text has (almost) no control characters besides tab and line breaks; binary files and UTF-16 without a mark do. */
function looksLikeText(text: string): boolean {
  const sample = text.slice(0, 65_536);
  if (sample.length === 0) return true;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return false;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return control / sample.length < 0.01;
}
