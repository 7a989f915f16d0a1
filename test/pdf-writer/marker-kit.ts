/** Shared by the note/stamp and image/link writer tests. */
import { expect } from '@open-wc/testing';
import type { InstantJson } from '../../src/model/index.js';
import { applyInstantJson } from '../../src/pdf-writer/index.js';
import { type BlankPage, blankPdf, blankViewer, settled } from '../helpers/annotation-kit.js';
import { page, screenPixels, setDeviceScaleFactor, waitFor } from '../helpers/viewer-fixture.js';
import { renderPage, reopen } from './writer-kit.js';

/** The test page of both suites, in points. */
export const MARKER_PAGE: BlankPage = { width: 400, height: 300 };
/** Device pixels per point of pdf.js's rendering in both suites. */
export const MARKER_SCALE = 2;

/** The device-pixel region of a bbox `[left, top, width, height]` on the rendered page. */
export function region([left, top, width, height]: readonly number[]) {
  return { x: left! * MARKER_SCALE, y: top! * MARKER_SCALE, width: width! * MARKER_SCALE, height: height! * MARKER_SCALE };
}

/** The bbox of a pdf.js /Rect on the test page. */
export function bboxOfRect([x1, y1, x2, y2]: readonly number[]): number[] {
  return [x1!, MARKER_PAGE.height - y2!, x2! - x1!, y2! - y1!];
}

/** Each number of a rectangle within 0.5 pt. */
export function expectRect(actual: readonly number[], expected: readonly number[], what: string): void {
  expected.forEach((value, index) => expect(actual[index], `${what}[${index}]`).to.be.closeTo(value, 0.5));
}

/**
 * For each area (page points), the share of its pixels where pdf.js's
 * rendering of the saved file agrees with the viewer's live drawing of the
 * same JSON (each channel within 48), device pixel for device pixel at a
 * device scale of 2.
 */
export async function agreementWithViewer(json: InstantJson, areas: readonly (readonly number[])[], blank: BlankPage): Promise<number[]> {
  await setDeviceScaleFactor(2);
  const viewer = await blankViewer([blank], { zoom: '1' });
  await viewer.importInstantJson(json);
  await settled(viewer);
  // Pictures decode after they are placed.
  await waitFor(() => [...viewer.shadowRoot!.querySelectorAll('img')].every((image) => image.complete), 'pictures decoded');
  await settled(viewer);
  const live = await screenPixels(page(viewer, 0));
  const box = page(viewer, 0).getBoundingClientRect();
  const cssPerPoint = box.width / blank.width;
  const scale = cssPerPoint * 2;
  const pdf = await reopen(await applyInstantJson(blankPdf([blank]), json));
  const { pixels } = await renderPage(pdf.document, 0, { scale });
  return areas.map(([left, top, width, height]) => {
    let agree = 0;
    let total = 0;
    for (let row = Math.ceil(top! * scale); row < (top! + height!) * scale; row += 1) {
      for (let column = Math.ceil(left! * scale); column < (left! + width!) * scale; column += 1) {
        const offset = (row * pixels.width + column) * 4;
        const shown = live.at(box.left + ((column + 0.5) / scale) * cssPerPoint, box.top + ((row + 0.5) / scale) * cssPerPoint);
        total += 1;
        if ([0, 1, 2].every((channel) => Math.abs(pixels.data[offset + channel]! - shown[channel]!) <= 48)) agree += 1;
      }
    }
    return agree / total;
  });
}
