// The fonts the PDF writer embeds for text the standard PDF fonts cannot show
// (src/pdf-writer/fonts/bundled-fonts.ts), each with the file it is copied
// from. The build copies them into dist/fonts/ (and dist/cdn/fonts/) under
// `name`; the dev server and the test runner serve them at /src/fonts/<name>
// (scripts/dev-middleware.mjs). `source` is relative to the repository root.
//
// DejaVu Sans: Bitstream Vera / DejaVu licence. Noto Sans Arabic and Noto
// Sans SC: SIL Open Font License 1.1. All three allow embedding and
// redistribution.

/** @type {readonly { name: string, source: string }[]} */
export const FONT_FILES = [
  { name: 'DejaVuSans.ttf', source: 'node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf' },
  { name: 'DejaVuSans-Bold.ttf', source: 'node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf' },
  { name: 'NotoSansArabic-Regular.ttf', source: 'node_modules/@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf' },
  { name: 'NotoSansSC-Regular.ttf', source: 'node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf' },
];
