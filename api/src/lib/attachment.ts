// Content-Disposition for downloads. `filename` is the ASCII name every client understands; `display`, when given,
// is the name browsers save under (RFC 6266 `filename*`, UTF-8), e.g. 日报-2026-11-22-青禾乳业.pdf.

export function attachment(filename: string, display?: string): string {
  return `attachment; filename="${filename}"${display ? `; filename*=UTF-8''${encodeURIComponent(display)}` : ''}`;
}
