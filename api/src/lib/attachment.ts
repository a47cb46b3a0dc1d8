// Content-Disposition for downloads. `filename` is the ASCII name every client understands; `display`, when given,
// is the name browsers save under (RFC 6266 `filename*`, UTF-8), e.g. 日报-2026-11-22-青禾乳业.pdf.

export function attachment(filename: string, display?: string): string {
  return `attachment; filename="${filename}"${display ? `; filename*=UTF-8''${encodeURIComponent(display)}` : ''}`;
}

/** Headers of a PDF download (取证报告, 日报/周报, the case report); `display` as for {@link attachment}. */
export function pdfHeaders(c: { header(k: string, v: string): void }, filename: string, display?: string): void {
  c.header('Content-Type', 'application/pdf');
  c.header('Content-Disposition', attachment(filename, display));
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Cache-Control', 'private, no-store');
}
