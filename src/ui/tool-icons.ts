/**
 * Icons of the built-in tools and toolbar actions: SVG path data on a 24 × 24
 * grid, stroked with `currentColor` (no fill). Used when a tool brings no
 * `icon` of its own, so a tool written later still gets one. Drawn for this
 * project; not taken from any icon set.
 */
export const TOOL_ICONS: Readonly<Record<string, string>> = {
  select: 'M5 3l14 8-6 1.5L10 19z',
  pan: 'M12 3v18M3 12h18M12 3l-3 3M12 3l3 3M12 21l-3-3M12 21l3-3M3 12l3-3M3 12l3 3M21 12l-3-3M21 12l-3 3',
  ink: 'M3 17c3-6 5-9 7-6s2 7 5 4 4-8 6-8',
  highlighter: 'M14 4l6 6-8 8H6v-6zM4 21h16M6 18l-2 3',
  eraser: 'M8 20l-5-5 10-10 8 8-7 7zM8 20h13M6 12l7 7',
  line: 'M5 19L19 5',
  arrow: 'M5 19L19 5M11 5h8v8',
  rectangle: 'M4 6h16v12H4z',
  ellipse: 'M12 5c4.4 0 8 3.1 8 7s-3.6 7-8 7-8-3.1-8-7 3.6-7 8-7z',
  polygon: 'M12 3l8 6-3 10H7L4 9z',
  polyline: 'M3 18l5-9 5 6 4-9 4 4',
  highlight: 'M4 5h16v8H4zM8 17h8M12 9v0',
  underline: 'M7 4v6a5 5 0 0 0 10 0V4M5 20h14',
  strikeout: 'M16 6a4 3 0 0 0-8 0c0 4 8 2 8 6a4 3 0 0 1-8 0M4 12h16',
  squiggly: 'M7 4v6a5 5 0 0 0 10 0V4M3 20l2-2 2 2 2-2 2 2 2-2 2 2 2-2 2 2 2-2',
  redaction: 'M3 6h18v5H3zM3 15h10M3 19h14',
  text: 'M5 5h14M12 5v14M9 19h6',
  note: 'M5 3h14v12l-6 6H5zM13 21v-6h6M8 8h8M8 12h5',
  stamp: 'M9 3h6v5l3 4H6l3-4zM4 15h16v3H4zM6 21h12',
  image: 'M3 5h18v14H3zM3 16l5-5 4 4 3-3 6 6M16 9a1 1 0 1 0 0.01 0',
  link: 'M10 14a4 4 0 0 0 6 0l3-3a4 4 0 0 0-6-6l-1 1M14 10a4 4 0 0 0-6 0l-3 3a4 4 0 0 0 6 6l1-1',
  undo: 'M9 14L4 9l5-5M4 9h11a5 5 0 0 1 0 10h-4',
  redo: 'M15 14l5-5-5-5M20 9H9a5 5 0 0 0 0 10h4',
  download: 'M12 4v11M7 10l5 5 5-5M5 20h14',
  print: 'M7 9V3h10v6M7 17H4v-8h16v8h-3M7 14h10v7H7z',
  more: 'M5 12h.01M12 12h.01M19 12h.01',
  'previous-page': 'M15 5l-7 7 7 7',
  'next-page': 'M9 5l7 7-7 7',
  'zoom-out': 'M5 12h14',
  'zoom-in': 'M12 5v14M5 12h14',
  fallback: 'M12 3l2.5 6H21l-5 4 2 7-6-4-6 4 2-7-5-4h6.5z',
};

/** The icon of tool or action `id`: its own when given, else the built-in one, else a generic mark. */
export function iconFor(id: string, own?: string): string {
  return own ?? TOOL_ICONS[id] ?? TOOL_ICONS['fallback']!;
}
