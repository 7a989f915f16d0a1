import { expect } from '@open-wc/testing';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';
import type { AnnotationInput, Rect } from '../../src/model/index.js';
import { textKind } from '../../src/annotations/text.js';
import { xhtmlText } from '../../src/annotations/plain-text.js';
import { fontFamily } from '../../src/annotations/text-style.js';
import { cleanupViewers, near, screenPixels, scroller } from '../helpers/viewer-fixture.js';
import { annotationBox, blankViewer, draw, frameOf, pagePixels, settled, WHITE, type BlankPage } from '../helpers/annotation-kit.js';

const NAVY: [number, number, number] = [26, 35, 126];
const NAVY_HEX = '#1a237e';
const PALE_YELLOW: [number, number, number] = [255, 245, 157];
const PALE_YELLOW_HEX = '#fff59d';
const ORANGE: [number, number, number] = [230, 81, 0];

type Rgba = [number, number, number, number];
type TextInput = Extract<AnnotationInput, { type: 'pspdfkit/text'; text: string }>;

interface InkBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

/** Where on screen (viewport CSS pixels) `area` (an element's, or a rectangle) shows pixels for which `isInk` holds. */
async function inkBox(area: Element | DOMRect, isInk: (rgba: Rgba) => boolean): Promise<InkBox | null> {
  const rect = area instanceof Element ? area.getBoundingClientRect() : area;
  const pixels = await screenPixels(rect);
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (let y = Math.ceil(rect.top); y < rect.bottom; y++) {
    for (let x = Math.ceil(rect.left); x < rect.right; x++) {
      if (!isInk(pixels.at(x, y))) continue;
      left = Math.min(left, x);
      right = Math.max(right, x + 1);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y + 1);
    }
  }
  if (right < left) return null;
  return { left, top, right, bottom, width: right - left, height: bottom - top };
}

const dark = (rgba: Rgba): boolean => rgba[0] + rgba[1] + rgba[2] < 300;

function freeText(bbox: Rect, text: string, extra: Partial<TextInput> = {}): TextInput {
  return {
    type: 'pspdfkit/text',
    pageIndex: 0,
    bbox,
    text,
    fontSize: 16,
    fontColor: NAVY_HEX,
    horizontalAlign: 'left',
    verticalAlign: 'top',
    ...extra,
  };
}

/** The element of `box` with `className`: the box itself (plain text box) or one inside it (callout, rotation). */
function part(box: HTMLElement | null, className: string): HTMLElement | null {
  return box?.classList.contains(className) ? box : (box?.querySelector<HTMLElement>(`.${className}`) ?? null);
}

function contentOf(viewer: InstantPdfViewer, id: string): HTMLElement {
  const content = part(annotationBox(viewer, id), 'text-content');
  if (!content) throw new Error(`no text drawn for ${id}`);
  return content;
}

describe('free text annotations', () => {
  const spec: BlankPage = { width: 400, height: 300 };
  const frame = frameOf(spec);
  let viewer: InstantPdfViewer;
  const drawn: string[] = [];

  async function put(input: AnnotationInput): Promise<string> {
    const { id } = await draw(viewer, input);
    drawn.push(id);
    return id;
  }

  before(async () => {
    viewer = await blankViewer([spec]);
  });
  afterEach(async () => {
    for (const id of drawn.splice(0)) viewer.deleteAnnotation(id);
    if (viewer.zoom !== 1) viewer.zoom = 1;
    await settled(viewer);
    scroller(viewer).scrollTo(0, 0);
    await settled(viewer);
  });
  after(cleanupViewers);

  it('shows its characters in the font colour on its background, aligned as asked', async () => {
    const hello = await put(freeText([40, 30, 200, 60], 'Hello world', { backgroundColor: PALE_YELLOW_HEX, fontSize: 18 }));
    const right = await put(freeText([40, 110, 200, 30], 'ab', { horizontalAlign: 'right', fontSize: 20 }));
    const left = await put(freeText([40, 150, 200, 30], 'ab', { horizontalAlign: 'left', fontSize: 20 }));
    const bottom = await put(freeText([260, 30, 100, 100], 'low', { verticalAlign: 'bottom', horizontalAlign: 'center', fontStyle: ['bold', 'italic'] }));

    expect(contentOf(viewer, hello).textContent).to.equal('Hello world');
    const pixels = await pagePixels(viewer, 0, frame);
    const helloRect = annotationBox(viewer, hello)!.getBoundingClientRect();
    const navyShare = pixels.pixels.share(helloRect, (rgba) => near(rgba, NAVY, 50));
    expect(navyShare, 'glyph pixels in the font colour').to.be.greaterThan(0.01);
    expect(near(pixels.at([230, 85]), PALE_YELLOW, 8), 'background where there is no text').to.be.true;
    expect(near(pixels.at([30, 85]), WHITE, 8), 'nothing left of the box').to.be.true;

    const rightBox = annotationBox(viewer, right)!;
    const rightInk = (await inkBox(rightBox, dark))!;
    const rightRect = rightBox.getBoundingClientRect();
    expect(rightInk.left, 'right-aligned ink sits in the right part').to.be.greaterThan(rightRect.left + rightRect.width * 0.75);
    const leftBox = annotationBox(viewer, left)!;
    const leftInk = (await inkBox(leftBox, dark))!;
    const leftRect = leftBox.getBoundingClientRect();
    expect(leftInk.right, 'left-aligned ink sits in the left part').to.be.lessThan(leftRect.left + leftRect.width * 0.25);

    const bottomBox = annotationBox(viewer, bottom)!;
    const bottomInk = (await inkBox(bottomBox, dark))!;
    const bottomRect = bottomBox.getBoundingClientRect();
    expect(bottomInk.top, 'bottom-aligned ink sits low').to.be.greaterThan(bottomRect.top + bottomRect.height * 0.6);
    const style = getComputedStyle(contentOf(viewer, bottom));
    expect(style.fontWeight).to.equal('700');
    expect(style.fontStyle).to.equal('italic');
  });

  it('scales its font with the zoom', async () => {
    const id = await put(freeText([20, 20, 150, 40], 'HHHH', { fontSize: 20 }));
    const measure = async () => {
      const box = annotationBox(viewer, id)!;
      // Screenshots are clipped in page coordinates, so the window stays at the origin.
      box.scrollIntoView({ block: 'center', inline: 'center' });
      window.scrollTo(0, 0);
      await settled(viewer);
      return (await inkBox(box, dark))!.height;
    };
    const atOne = await measure();
    viewer.zoom = 2;
    await settled(viewer);
    const atTwo = await measure();
    expect(atOne, 'cap height at 100 %').to.be.within(12, 24);
    expect(atTwo / atOne).to.be.within(1.85, 2.15);
  });

  it('turns its content by the record rotation', async () => {
    const upright = await put(freeText([40, 40, 200, 40], 'SIDEWAYS TEXT', { fontSize: 16 }));
    const turned = await put(freeText([280, 40, 40, 200], 'SIDEWAYS TEXT', { fontSize: 16, rotation: 90, backgroundColor: PALE_YELLOW_HEX }));
    const flat = (await inkBox(annotationBox(viewer, upright)!, dark))!;
    const standing = (await inkBox(annotationBox(viewer, turned)!, dark))!;
    expect(flat.width).to.be.greaterThan(flat.height * 3);
    expect(standing.height, 'rotation 90 stands the text up').to.be.greaterThan(standing.width * 3);
    // Counterclockwise: the first letter ends up at the bottom.
    const pixels = await pagePixels(viewer, 0, frame);
    expect(near(pixels.at([282, 45]), PALE_YELLOW, 8), 'the background covers the whole bbox').to.be.true;
    const box = annotationBox(viewer, turned)!.getBoundingClientRect();
    expect(standing.bottom - box.top).to.be.greaterThan(box.height * 0.7);
  });

  it('shows markup in the text as text and never creates elements from it', async () => {
    const hostile = '<img src=x onerror="window.__textPwned=1"><b>bold</b>';
    const plain = await put(freeText([20, 20, 360, 30], hostile, { fontSize: 10 }));
    const rich = await put({
      type: 'pspdfkit/text',
      pageIndex: 0,
      bbox: [20, 80, 360, 60],
      text: { format: 'xhtml', value: '<p>First <b>line</b></p><p><img src=x onerror="window.__textPwned=2">Second<script>window.__textPwned=3</script></p>' },
      fontSize: 12,
      fontColor: NAVY_HEX,
      horizontalAlign: 'left',
      verticalAlign: 'top',
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const plainBox = annotationBox(viewer, plain)!;
    expect(contentOf(viewer, plain).textContent).to.equal(hostile);
    expect(plainBox.querySelector('img, b, script')).to.equal(null);
    expect(contentOf(viewer, rich).textContent).to.equal('First line\nSecond');
    expect(annotationBox(viewer, rich)!.querySelector('img, b, p, script')).to.equal(null);
    expect((window as unknown as Record<string, unknown>)['__textPwned']).to.equal(undefined);
    expect(textKind.label(viewerRecord(viewer, rich))).to.equal('Text: First line Second');
  });

  it('sets the font family as one quoted name with a sans-serif fallback', async () => {
    expect(fontFamily(undefined)).to.equal('sans-serif');
    expect(fontFamily('monospace')).to.equal('monospace');
    expect(fontFamily('Evil"; color: red; x: "')).to.equal('"Evil\\"; color: red; x: \\"", sans-serif');
    const id = await put(freeText([20, 20, 300, 30], 'Quoted', { font: 'Evil"; color: red; x: "' }));
    const style = getComputedStyle(contentOf(viewer, id));
    expect(style.color).to.equal('rgb(26, 35, 126)');
    expect(style.fontFamily).to.contain('sans-serif');
    const courier = await put(freeText([20, 60, 300, 30], 'Courier', { font: 'Courier New' }));
    expect(contentOf(viewer, courier).style.fontFamily).to.equal('"Courier New", sans-serif');
  });

  it('keeps newlines and wraps long lines inside the box', async () => {
    const id = await put(freeText([20, 20, 120, 200], 'one\ntwo\nthree words that wrap around the box twice', { fontSize: 12 }));
    const box = annotationBox(viewer, id)!;
    const ink = (await inkBox(box, dark))!;
    const rect = box.getBoundingClientRect();
    expect(ink.right, 'wrapped, not past the right edge').to.be.at.most(rect.right + 1);
    // Five or more lines of 12 pt text: well over four line heights.
    expect(ink.height).to.be.greaterThan(12 * (96 / 72) * 4);
  });

  it('lets text taller than its box spill both ways when centred, and upwards when at the bottom', async () => {
    const lines = 'One\nTwo\nThree\nFour';
    const centred = await put(freeText([20, 200, 100, 20], lines, { fontSize: 12, verticalAlign: 'center' }));
    const low = await put(freeText([200, 200, 100, 20], lines, { fontSize: 12, verticalAlign: 'bottom' }));
    // Four lines of 12 pt at line-height 1.2 are 57.6 pt: 37.6 pt more than the box.
    const spill = (57.6 - 20) * (96 / 72);
    for (const [id, above, below] of [[centred, spill / 2, spill / 2], [low, spill, 0]] as const) {
      const rect = annotationBox(viewer, id)!.getBoundingClientRect();
      const ink = (await inkBox(new DOMRect(rect.left, rect.top - spill - 10, rect.width, rect.height + 2 * spill + 20), dark))!;
      // Glyph ink starts a little below its line's top and ends a little above its bottom.
      expect(rect.top - ink.top, `${id}: ink above the box`).to.be.within(above - 6, above + 2);
      expect(ink.bottom - rect.bottom, `${id}: ink below the box`).to.be.within(below - 8, below + 1);
    }
  });

  it('draws a dashed border in the font colour and a callout with its cap', async () => {
    const bordered = await put(freeText([20, 20, 160, 50], 'Bordered', { borderStyle: 'dashed', borderWidth: 2, fontColor: '#e65100' }));
    const border = getComputedStyle(part(annotationBox(viewer, bordered), 'text-frame')!);
    expect(border.borderTopStyle).to.equal('dashed');
    expect(border.borderTopColor).to.equal('rgb(230, 81, 0)');

    const callout = await put(
      freeText([40, 100, 300, 150], 'Callout', {
        backgroundColor: PALE_YELLOW_HEX,
        borderStyle: 'solid',
        borderWidth: 2,
        fontColor: '#e65100',
        callout: { start: [50, 240], knee: [120, 160], end: [200, 160], cap: 'closedArrow', innerRectInset: [160, 10, 10, 60] },
      }),
    );
    const box = annotationBox(viewer, callout)!;
    expect(box.querySelector('.callout-line')).to.exist;
    expect(box.querySelector('.callout-cap')?.tagName).to.equal('path');
    const pixels = await pagePixels(viewer, 0, frame);
    expect(near(pixels.at([280, 140]), PALE_YELLOW, 8), 'the text box at the inset rect').to.be.true;
    expect(near(pixels.at([100, 120]), WHITE, 8), 'the rest of the bbox stays clear').to.be.true;
    expect(near(pixels.at([160, 160]), ORANGE, 60), 'the callout line from the knee').to.be.true;
    expect(near(pixels.at([85, 200]), ORANGE, 60), 'the callout line from the start').to.be.true;
    // The closed arrow at the start, 6 pt back from its tip: filled with the background, and the line stops at its base.
    expect(near(pixels.at([54, 235.5]), PALE_YELLOW, 12), 'inside the arrow').to.be.true;
    expect(near(pixels.at([201, 140]), ORANGE, 60), "the text box's border").to.be.true;

    expect(textKind.hitTest(viewerRecord(viewer, callout), [280, 140], 0), 'hit in the text box').to.be.true;
    expect(textKind.hitTest(viewerRecord(viewer, callout), [85, 200], 1), 'hit on the line').to.be.true;
    expect(textKind.hitTest(viewerRecord(viewer, callout), [100, 120], 1), 'not in the empty corner').to.be.false;
  });

  it('converts XHTML paragraphs and line breaks to lines', () => {
    expect(xhtmlText('<p>a <i>b</i></p>\n  <p>c<br>d</p>')).to.equal('a b\nc\nd');
    expect(xhtmlText('plain &amp; simple')).to.equal('plain & simple');
  });
});

function viewerRecord(viewer: InstantPdfViewer, id: string): Parameters<typeof textKind.hitTest>[0] {
  const record = viewer.exportInstantJson().annotations?.find((annotation) => annotation.id === id);
  if (record?.type !== 'pspdfkit/text') throw new Error(`no text record ${id}`);
  return record as Parameters<typeof textKind.hitTest>[0];
}

describe('free text on a page with /Rotate 90', () => {
  after(cleanupViewers);

  it('turns with the page', async () => {
    const spec: BlankPage = { width: 400, height: 300, rotate: 90 };
    const viewer = await blankViewer([spec]);
    const { id } = await draw(viewer, freeText([40, 40, 240, 40], 'ROTATED PAGE', { backgroundColor: PALE_YELLOW_HEX, fontSize: 20 }));
    const box = annotationBox(viewer, id)!;
    const ink = (await inkBox(box, dark))!;
    expect(ink.height, 'the page turns the line upright on screen').to.be.greaterThan(ink.width * 3);
    const pixels = await pagePixels(viewer, 0, frameOf(spec));
    expect(near(pixels.at([270, 75]), PALE_YELLOW, 8), 'background at the far end of the bbox').to.be.true;
    expect(near(pixels.at([270, 90]), WHITE, 8), 'page below the bbox').to.be.true;
  });
});
