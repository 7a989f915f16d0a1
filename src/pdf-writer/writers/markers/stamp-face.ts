/**
 * What a stamp shows, as our viewer decides it (src/annotations/stamp.ts):
 * a standard type shows its label in its conventional colour; `Custom` (and
 * any type the table lacks) shows `title` in `color`. `subtitle` shows under
 * either.
 */
import { STAMP_BLUE, standardStamp } from '../../../annotations/stamp-types.js';
import type { StampAnnotation } from '../../../model/index.js';

export interface StampFace {
  readonly title: string;
  readonly subtitle: string;
  readonly color: string;
}

export function stampFace(stamp: StampAnnotation): StampFace {
  const subtitle = stamp.subtitle ?? '';
  const standard = standardStamp(stamp.stampType);
  if (standard) return { title: standard.label, subtitle, color: standard.color };
  const title = stamp.title ?? (stamp.stampType === 'Custom' ? '' : String(stamp.stampType));
  return { title, subtitle, color: stamp.color || STAMP_BLUE };
}

/**
 * Roughly how wide `text` is in bold Helvetica at `fontSize` — the viewer's
 * estimate, which sets the width its SVG squeezes or stretches a label to
 * (`textLength`), so the saved label takes the same width.
 */
export function estimatedWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) {
    if (char === ' ') ems += 0.28;
    else if (/[A-Z0-9]/.test(char)) ems += char === 'I' ? 0.3 : char === 'M' || char === 'W' ? 0.85 : 0.72;
    else if (/[a-z]/.test(char)) ems += char === 'i' || char === 'l' ? 0.28 : 0.58;
    else ems += 0.6;
  }
  return ems * fontSize;
}
