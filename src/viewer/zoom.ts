/** Zoom modes and the arithmetic that turns them into a scale (1 = 100 %). */

export type ZoomMode = 'auto' | 'fit-width' | 'fit-page';
export type Zoom = ZoomMode | number;

export const MIN_SCALE = 0.1;
export const MAX_SCALE = 10;
/** pdf.js's MAX_AUTO_SCALE: `auto` never blows a narrow portrait page up beyond 125 %. */
const MAX_AUTO_SCALE = 1.25;

export function isZoomMode(value: unknown): value is ZoomMode {
  return value === 'auto' || value === 'fit-width' || value === 'fit-page';
}

/** Parses the `zoom` attribute: a mode, a number ("1.5"), or a percentage ("150%"). */
export function parseZoom(value: string | number | null | undefined): Zoom {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? clampScale(value) : 'auto';
  const text = (value ?? '').trim().toLowerCase();
  if (isZoomMode(text)) return text;
  const percent = text.endsWith('%');
  const number = Number.parseFloat(percent ? text.slice(0, -1) : text);
  if (!Number.isFinite(number) || number <= 0) return 'auto';
  return clampScale(percent ? number / 100 : number);
}

export function clampScale(scale: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

export interface FitInput {
  /** Page size in CSS pixels at zoom 1. */
  readonly pageWidth: number;
  readonly pageHeight: number;
  /** Space available for the page, in CSS pixels, padding already taken off. */
  readonly availableWidth: number;
  readonly availableHeight: number;
}

/** Scale for a zoom mode, following pdf.js's page-width / page-fit / auto rules. */
export function scaleForMode(mode: ZoomMode, input: FitInput): number {
  const widthScale = input.availableWidth / input.pageWidth;
  const heightScale = input.availableHeight / input.pageHeight;
  let scale: number;
  switch (mode) {
    case 'fit-width':
      scale = widthScale;
      break;
    case 'fit-page':
      scale = Math.min(widthScale, heightScale);
      break;
    case 'auto': {
      const landscape = input.pageWidth > input.pageHeight;
      scale = Math.min(MAX_AUTO_SCALE, landscape ? Math.min(widthScale, heightScale) : widthScale);
      break;
    }
  }
  return Number.isFinite(scale) && scale > 0 ? clampScale(scale) : 1;
}

/** The next step up or down a ladder of common zoom levels. */
const ZOOM_STEPS = [0.1, 0.25, 0.33, 0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4, 5, 6.4, 8, 10];

export function stepZoom(scale: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOM_STEPS.find((step) => step > scale + 1e-3) ?? MAX_SCALE;
  return [...ZOOM_STEPS].reverse().find((step) => step < scale - 1e-3) ?? MIN_SCALE;
}
