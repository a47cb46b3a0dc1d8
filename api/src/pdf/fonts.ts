import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The CJK fonts every Vigil PDF is set in (issue 10: "the font comes with the project's own install, not from the
 * machine"). Noto Sans SC static TrueType files from the npm package @expo-google-fonts/noto-sans-sc (OFL-1.1,
 * 96 MB installed, nine weights of ~10.6 MB; we read two). Chosen over node-source-han-sans-sc (same design, OTF,
 * ~197 MB installed) for half the install size, and over the @fontsource/* packages, which hold only unicode-range
 * WOFF2 slices that a PDF cannot use. pdfkit embeds only the glyphs a document uses (a subset).
 */
const packageDir = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-sc/package.json'));

export const FONT_FILES = {
  regular: join(packageDir, '400Regular', 'NotoSansSC_400Regular.ttf'),
  bold: join(packageDir, '700Bold', 'NotoSansSC_700Bold.ttf'),
} as const;

export type FontWeight = keyof typeof FONT_FILES;

const cache = new Map<FontWeight, Buffer>();

/** The font bytes, read once per process (each file is ~10 MB; a report must not re-read them). */
export function fontBytes(weight: FontWeight): Buffer {
  let bytes = cache.get(weight);
  if (!bytes) {
    bytes = readFileSync(FONT_FILES[weight]);
    cache.set(weight, bytes);
  }
  return bytes;
}
