/** Offers a base64 file from the server as a download in the browser; returns the object URL (revoke it later). */
export function downloadBase64(file: { base64: string; fileName: string; contentType: string }): string {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
  const a = document.createElement("a");
  a.href = url;
  a.download = file.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  return url;
}

/** A file's bytes as base64, in slices so a large file does not overflow the call stack. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}

/** Gzips a file in the browser (text files shrink 5 to 10 times), or null when the browser cannot. */
export async function gzip(file: Blob): Promise<Blob | null> {
  if (typeof CompressionStream === "undefined") return null;
  return new Response(file.stream().pipeThrough(new CompressionStream("gzip"))).blob();
}
