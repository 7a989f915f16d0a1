/** Where form controls are on rotated pages and at every zoom, and several viewers on one page. */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';
import { toClient, type Frame } from '../helpers/annotation-kit.js';
import { boxes, clickOn, control, formSettled, formValues, formViewer, RESET_FORM_PDF, tab } from '../helpers/form-kit.js';
import { formPdf, widgetBox } from '../helpers/form-pdf.js';
import { CORPUS, cleanupViewers, page } from '../helpers/viewer-fixture.js';

/** The screen rectangle a page box `[left, top, width, height]` covers. */
function expectedRect(viewer: InstantPdfViewer, pageIndex: number, bbox: readonly number[], frame: Frame) {
  const [left, top, width, height] = bbox as [number, number, number, number];
  const corners = [
    toClient(viewer, pageIndex, [left, top], frame),
    toClient(viewer, pageIndex, [left + width, top + height], frame),
  ];
  return {
    left: Math.min(corners[0]!.x, corners[1]!.x),
    top: Math.min(corners[0]!.y, corners[1]!.y),
    right: Math.max(corners[0]!.x, corners[1]!.x),
    bottom: Math.max(corners[0]!.y, corners[1]!.y),
  };
}

function expectCovers(element: Element, rect: ReturnType<typeof expectedRect>, what: string): void {
  const box = element.getBoundingClientRect();
  expect(box.left, `${what} left`).to.be.closeTo(rect.left, 1.5);
  expect(box.top, `${what} top`).to.be.closeTo(rect.top, 1.5);
  expect(box.right, `${what} right`).to.be.closeTo(rect.right, 1.5);
  expect(box.bottom, `${what} bottom`).to.be.closeTo(rect.bottom, 1.5);
}

/** The rotation, in degrees, an element ends up turned by within its page. */
function turnOnPage(element: HTMLElement): number {
  let matrix = new DOMMatrix();
  for (let node: HTMLElement | null = element; node && !node.classList.contains('form-layer'); node = node.parentElement) {
    const transform = getComputedStyle(node).transform;
    if (transform !== 'none') matrix = new DOMMatrix(transform).multiply(matrix);
  }
  return Math.round((Math.atan2(matrix.b, matrix.a) * 180) / Math.PI);
}

describe('forms: placement and several viewers', () => {
  afterEach(cleanupViewers);

  it('on a /Rotate 90 page, a field with /MK /R 90 lies over its widget and reads upright, at every zoom', async () => {
    const viewer = await formViewer(await formPdf(), { zoom: '1' });
    viewer.goToPage(1);
    const frame: Frame = { width: 612, height: 792, rotate: 90 };
    for (const zoom of [1, 0.6, 1.4]) {
      viewer.zoom = zoom;
      await viewer.updateComplete;
      await formSettled(viewer);
      page(viewer, 1).scrollIntoView();
      await formSettled(viewer);
      const field = control(viewer, 'rotated');
      expectCovers(field, expectedRect(viewer, 1, widgetBox('rotated'), frame), `zoom ${zoom}`);
      expect(turnOnPage(field)).to.equal(0);
    }
    await clickOn(control(viewer, 'rotated'));
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' too' });
    await tab();
    expect(formValues(viewer.exportInstantJson())).to.deep.equal({ rotated: 'turned too' });
  });

  it('on a real /Rotate 90 page (qpdf), each control lies over its widget and turns with the page', async () => {
    const viewer = await formViewer(`${CORPUS}/qpdf/overlay-copy-annotations-p5.pdf`, { zoom: '1' });
    const frame: Frame = { width: 612, height: 792, rotate: 90 };
    // /Rect of "Text Box 2" and of the first radio button, as the file has them (y up).
    const widgets: [string, number, [number, number, number, number]][] = [
      ['Text Box 2', 6, [248.529182, 447, 356.401909, 457.932545]],
      ['r1', 14, [101.575773, 277.578773, 110.885591, 286.891682]],
    ];
    for (const [name, id, [x1, y1, x2, y2]] of widgets) {
      const box = viewer.shadowRoot!.querySelector(`.form-widget[data-widget-id="${id}"]`)!;
      expectCovers(box, expectedRect(viewer, 0, [x1, 792 - y2, x2 - x1, y2 - y1], frame), name);
    }
    expect(turnOnPage(control(viewer, 'Text Box 2'))).to.equal(90);
  });

  it('two viewers on one page keep their forms apart', async () => {
    const size = { width: 700, height: 280 };
    const [first, second] = await Promise.all([formViewer(RESET_FORM_PDF, { zoom: '0.6' }, size), formViewer(RESET_FORM_PDF, { zoom: '0.6' }, size)]);
    const radioName = (viewer: InstantPdfViewer) => control(viewer, 'Group11', 74).name;
    expect(radioName(first)).to.not.equal(radioName(second));
    await clickOn(control(first, 'Group11', 75));
    await clickOn(control(second, 'Group11', 77));
    await clickOn(control(second, 'Check Box7'));
    expect(formValues(first.exportInstantJson())).to.deep.equal({ Group11: 'Choice2' });
    expect(formValues(second.exportInstantJson())).to.deep.equal({ Group11: 'Choice4', 'Check Box7': ['Yes'] });
    expect(control(first, 'Group11', 75).checked).to.equal(true);
    expect(control(first, 'Check Box7').checked).to.equal(false);
    first.undo();
    expect(second.canUndo).to.equal(true);
    expect(formValues(second.exportInstantJson())).to.deep.equal({ Group11: 'Choice4', 'Check Box7': ['Yes'] });
    // Nothing of either form leaks into the page's own document.
    expect(document.querySelectorAll('input, select, textarea, [id^="ipv-form"]')).to.have.length(0);
    const ids = [first, second].flatMap((viewer) => [...viewer.shadowRoot!.querySelectorAll('[id]')].map((element) => element.id));
    expect(new Set(ids).size).to.equal(ids.length);
    expect(boxes(first)).to.have.length(18);
  });
});
