import QRCode from "qrcode";

/**
 * QR codes on paper: the one place the platform makes them (the `qrcode` library, MIT). A module draws one on a PDF
 * of createPdfDocument with drawQrCode; qrMatrix gives the modules themselves (for a test that reads a printed code
 * back, or for another medium).
 *
 * The code is drawn as vector squares (sharp at any print size, no image), with a white quiet zone of four modules
 * around it (scanners need it), and the same rectangle is a link to the address: a PDF opened on a phone can be tapped.
 */

export type QrLevel = "L" | "M" | "Q" | "H";

export interface QrMatrix {
  /** Modules per side. */
  size: number;
  /** Whether the module at (row, col) is dark. */
  dark(row: number, col: number): boolean;
}

/** The modules of the QR code of a text (error correction M by default: about 15 % of the code may be damaged). */
export function qrMatrix(text: string, level: QrLevel = "M"): QrMatrix {
  const qr = QRCode.create(text, { errorCorrectionLevel: level });
  const size = qr.modules.size;
  return { size, dark: (row, col) => Boolean(qr.modules.get(row, col)) };
}

/** Modules of white space kept around the code. */
export const QR_QUIET_ZONE = 4;

export interface DrawQrOptions {
  /** Top-left corner and side of the code itself (the quiet zone is drawn around it, outside this square). */
  x: number;
  y: number;
  size: number;
  /** Colour of the dark modules; dark ink on white reads best. */
  color?: string;
  level?: QrLevel;
  /** A link annotation over the code (default true). */
  link?: boolean;
}

/** Draws the QR code of `url` on the current page of a pdfkit document (PdfDocument.doc). */
export function drawQrCode(doc: PDFKit.PDFDocument, url: string, opts: DrawQrOptions): void {
  const m = qrMatrix(url, opts.level ?? "M");
  const cell = opts.size / m.size;
  const quiet = cell * QR_QUIET_ZONE;
  doc.save();
  doc.rect(opts.x - quiet, opts.y - quiet, opts.size + 2 * quiet, opts.size + 2 * quiet).fill("#ffffff");
  doc.fillColor(opts.color ?? "#000000");
  // One path of all dark modules, filled once (a slight overlap closes hairline gaps between squares in viewers).
  for (let r = 0; r < m.size; r++)
    for (let c = 0; c < m.size; c++) if (m.dark(r, c)) doc.rect(opts.x + c * cell, opts.y + r * cell, cell + 0.05, cell + 0.05);
  doc.fill();
  doc.restore();
  if (opts.link ?? true) doc.link(opts.x, opts.y, opts.size, opts.size, url);
}
