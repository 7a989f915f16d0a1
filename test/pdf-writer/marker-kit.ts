/** Shared by the note/stamp and image/link writer tests. */
import type { InstantJson } from '../../src/model/index.js';
import { applyInstantJson } from '../../src/pdf-writer/index.js';
import { type BlankPage, blankPdf, blankViewer, settled } from '../helpers/annotation-kit.js';
import { page, screenPixels, setDeviceScaleFactor, waitFor } from '../helpers/viewer-fixture.js';
import { renderPage, reopen } from './writer-kit.js';

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
