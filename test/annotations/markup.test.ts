/**
 * Text markups and redactions as a person sees them: screenshot pixels read
 * at page points.
 */
import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';
import type { Point } from '../../src/model/index.js';
import { cleanupViewers, near } from '../helpers/viewer-fixture.js';
import {
  annotationBox,
  blankViewer,
  BLUE,
  draw,
  frameOf,
  pagePixels,
  RED,
  toClient,
  WHITE,
  type BlankPage,
  type Frame,
} from '../helpers/annotation-kit.js';

const YELLOW: [number, number, number] = [255, 255, 0];
const BLACK: [number, number, number] = [0, 0, 0];

const isWhite = (rgba: readonly number[]) => near(rgba, WHITE, 20);
const isRed = (rgba: readonly number[]) => rgba[0]! > 150 && rgba[1]! < 100 && rgba[2]! < 100;

/** Moves the real mouse to a page point (integer viewport pixels, as the protocol wants). */
async function hover(viewer: InstantPdfViewer, point: Point, frame: Frame): Promise<void> {
  const { x, y } = toClient(viewer, 0, point, frame);
  await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
}

/** The viewport rectangle covering a page rect (for `share`), on an unrotated page. */
function clientRect(viewer: InstantPdfViewer, [left, top, width, height]: [number, number, number, number], frame: Frame) {
  const a = toClient(viewer, 0, [left, top], frame);
  const b = toClient(viewer, 0, [left + width, top + height], frame);
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(b.x - a.x), height: Math.abs(b.y - a.y) };
}

describe('text markup annotations', () => {
  afterEach(async () => {
    await resetMouse();
    cleanupViewers();
  });

  it('fills each highlight rect and leaves the gap between rects white', async () => {
    const spec: BlankPage = { width: 400, height: 300 };
    const viewer = await blankViewer([spec]);
    await draw(viewer, {
      type: 'pspdfkit/markup/highlight',
      pageIndex: 0,
      bbox: [50, 50, 150, 70],
      rects: [
        [50, 50, 150, 20],
        [50, 100, 100, 20],
      ],
      color: '#ffff00',
    });
    const pixels = await pagePixels(viewer, 0, frameOf(spec));
    expect(near(pixels.at([100, 60]), YELLOW), 'first rect').to.be.true;
    expect(near(pixels.at([100, 110]), YELLOW), 'second rect').to.be.true;
    expect(isWhite(pixels.at([100, 85])), 'between the rects').to.be.true;
    expect(isWhite(pixels.at([175, 110])), 'inside the bbox but outside both rects').to.be.true;
    expect(isWhite(pixels.at([40, 60])), 'left of it').to.be.true;
  });

  it('multiplies a highlight onto what is under it, so dark stays dark', async () => {
    const spec: BlankPage = { width: 400, height: 300 };
    const viewer = await blankViewer([spec]);
    await draw(viewer, {
      type: 'pspdfkit/shape/rectangle',
      pageIndex: 0,
      bbox: [50, 50, 100, 100],
      strokeWidth: 0,
      fillColor: '#000000',
    });
    const highlight = await draw(viewer, {
      type: 'pspdfkit/markup/highlight',
      pageIndex: 0,
      bbox: [100, 80, 100, 40],
      rects: [[100, 80, 100, 40]],
      color: '#ffff00',
    });
    const pixels = await pagePixels(viewer, 0, frameOf(spec));
    expect(near(pixels.at([120, 100]), BLACK, 30), 'highlight over the black fill').to.be.true;
    expect(near(pixels.at([175, 100]), YELLOW), 'highlight over white paper').to.be.true;
    expect(near(pixels.at([75, 130]), BLACK, 30), 'black fill outside the highlight').to.be.true;
    expect(annotationBox(viewer, highlight.id)!.style.mixBlendMode).to.equal('multiply');
  });

  for (const rotate of [0, 90, 180, 270] as const) {
    it(`multiplies a highlight onto the page itself on a page with /Rotate ${rotate}`, async () => {
      // The PDF paints a black square at page points [50, 50, 100, 100] (PDF y is up).
      const spec: BlankPage = { width: 400, height: 300, rotate, content: '0 g 50 150 100 100 re f' };
      const viewer = await blankViewer([spec]);
      await draw(viewer, { type: 'pspdfkit/markup/highlight', pageIndex: 0, bbox: [100, 80, 100, 40], rects: [[100, 80, 100, 40]], color: '#ffff00' });
      const pixels = await pagePixels(viewer, 0, frameOf(spec));
      expect(near(pixels.at([120, 100]), BLACK, 30), 'highlight over the black square').to.be.true;
      expect(near(pixels.at([175, 100]), YELLOW), 'highlight over white paper').to.be.true;
      expect(isWhite(pixels.at([175, 130])), 'below the highlight').to.be.true;
    });
  }

  it('falls back to the bbox when rects is empty', async () => {
    const spec: BlankPage = { width: 400, height: 300 };
    const viewer = await blankViewer([spec]);
    await draw(viewer, { type: 'pspdfkit/markup/highlight', pageIndex: 0, bbox: [60, 60, 80, 30], rects: [], color: '#0000ff' });
    const pixels = await pagePixels(viewer, 0, frameOf(spec));
    expect(near(pixels.at([100, 75]), BLUE), 'inside the bbox').to.be.true;
  });

  it('draws underline near the bottom of each rect and strikeout through the middle', async () => {
    const spec: BlankPage = { width: 400, height: 300 };
    const viewer = await blankViewer([spec]);
    // Height 40: the bar is 2.8 pt thick.
    await draw(viewer, { type: 'pspdfkit/markup/underline', pageIndex: 0, bbox: [50, 50, 200, 40], rects: [[50, 50, 200, 40]], color: '#0000ff' });
    await draw(viewer, { type: 'pspdfkit/markup/strikeout', pageIndex: 0, bbox: [50, 150, 200, 40], rects: [[50, 150, 200, 40]], color: '#ff0000' });
    const pixels = await pagePixels(viewer, 0, frameOf(spec));
    expect(near(pixels.at([150, 88.6]), BLUE), 'underline at the bottom').to.be.true;
    expect(isWhite(pixels.at([150, 53])), 'underline: nothing at the top').to.be.true;
    expect(isWhite(pixels.at([150, 70])), 'underline: nothing in the middle').to.be.true;
    expect(near(pixels.at([150, 170]), RED), 'strikeout in the middle').to.be.true;
    expect(isWhite(pixels.at([150, 153])), 'strikeout: nothing at the top').to.be.true;
    expect(isWhite(pixels.at([150, 188])), 'strikeout: nothing at the bottom').to.be.true;
  });

  it('draws squiggly as a zig-zag whose vertices alternate between a low and a high line', async () => {
    const spec: BlankPage = { width: 400, height: 300 };
    const viewer = await blankViewer([spec]);
    await draw(viewer, { type: 'pspdfkit/markup/squiggly', pageIndex: 0, bbox: [50, 50, 200, 40], rects: [[50, 50, 200, 40]], color: '#0000ff' });
    const pixels = await pagePixels(viewer, 0, frameOf(spec));
    // Height 40: 2.8 pt stroke, vertices every 6 pt, low line at y 88.6, high line at 82.6.
    const low = 88.6;
    const high = 82.6;
    const inked = (rgba: readonly number[]) => near(rgba, BLUE, 90);
    for (let i = 4; i < 12; i++) {
      const x = 50 + 6 * i;
      const [onLine, offLine] = i % 2 === 0 ? [low, high] : [high, low];
      expect(inked(pixels.at([x, onLine])), `vertex ${i} on its line`).to.be.true;
      expect(isWhite(pixels.at([x, offLine])), `vertex ${i}: nothing on the other line`).to.be.true;
    }
    expect(isWhite(pixels.at([150, 60])), 'nothing at the top of the rect').to.be.true;
  });

  it('draws markups at zoom 2 in the same page places', async () => {
    const spec: BlankPage = { width: 200, height: 150 };
    const viewer = await blankViewer([spec], { zoom: '2' });
    await draw(viewer, { type: 'pspdfkit/markup/underline', pageIndex: 0, bbox: [20, 20, 120, 40], rects: [[20, 20, 120, 40]], color: '#0000ff' });
    await draw(viewer, { type: 'pspdfkit/markup/highlight', pageIndex: 0, bbox: [20, 80, 120, 20], rects: [[20, 80, 120, 20]], color: '#ffff00' });
    const pixels = await pagePixels(viewer, 0, frameOf(spec));
    expect(near(pixels.at([80, 59]), BLUE), 'underline at the bottom').to.be.true;
    expect(near(pixels.at([80, 56]), WHITE), 'just above the 2.8 pt bar').to.be.true;
    expect(isWhite(pixels.at([80, 22])), 'nothing at the top').to.be.true;
    expect(near(pixels.at([80, 90]), YELLOW), 'highlight').to.be.true;
    expect(isWhite(pixels.at([80, 102])), 'below the highlight').to.be.true;
  });

  it('draws markups on a page with /Rotate 90 at the rotated place', async () => {
    const spec: BlankPage = { width: 400, height: 300, rotate: 90 };
    const viewer = await blankViewer([spec]);
    await draw(viewer, { type: 'pspdfkit/markup/underline', pageIndex: 0, bbox: [50, 50, 200, 40], rects: [[50, 50, 200, 40]], color: '#0000ff' });
    await draw(viewer, { type: 'pspdfkit/markup/highlight', pageIndex: 0, bbox: [50, 150, 200, 20], rects: [[50, 150, 200, 20]], color: '#ffff00' });
    const frame = frameOf(spec);
    const pixels = await pagePixels(viewer, 0, frame);
    expect(near(pixels.at([150, 88.6]), BLUE), 'underline at the bottom of the rect').to.be.true;
    expect(isWhite(pixels.at([150, 53])), 'nothing at the top of the rect').to.be.true;
    expect(near(pixels.at([150, 160]), YELLOW), 'highlight').to.be.true;
    expect(isWhite(pixels.at([150, 175])), 'below the highlight').to.be.true;
  });
});

describe('redaction annotations', () => {
  afterEach(async () => {
    await resetMouse();
    cleanupViewers();
  });

  it('shows an outline until hovered, then the fill and overlay text', async () => {
    const spec: BlankPage = { width: 400, height: 300 };
    const frame = frameOf(spec);
    const viewer = await blankViewer([spec]);
    const redaction = await draw(viewer, {
      type: 'pspdfkit/markup/redaction',
      pageIndex: 0,
      bbox: [60, 60, 200, 60],
      rects: [[60, 60, 200, 60]],
      overlayText: 'REDACTED',
    });
    const box = annotationBox(viewer, redaction.id)!;
    expect(box.getAttribute('aria-label')).to.equal('Redaction: REDACTED');
    expect(box.querySelector('.redaction-text')!.textContent).to.equal('REDACTED');

    const before = await pagePixels(viewer, 0, frame);
    expect(isRed(before.at([60.8, 90])), 'left outline').to.be.true;
    expect(isRed(before.at([160, 119.2])), 'bottom outline').to.be.true;
    expect(isWhite(before.at([160, 90])), 'centre before hover').to.be.true;
    expect(isWhite(before.at([65, 65])), 'corner before hover').to.be.true;

    await hover(viewer, [160, 90], frame);
    const after = await pagePixels(viewer, 0, frame);
    expect(near(after.at([65, 65]), [0, 0, 0], 30), 'black fill in the corner').to.be.true;
    const redShare = after.pixels.share(clientRect(viewer, [70, 70, 180, 40], frame), isRed);
    expect(redShare, 'red overlay text').to.be.greaterThan(0.05);

    await hover(viewer, [350, 250], frame);
    const left = await pagePixels(viewer, 0, frame);
    expect(isWhite(left.at([65, 65])), 'white again after the pointer leaves').to.be.true;
  });

  it('uses the record colours and tiles repeated overlay text', async () => {
    const spec: BlankPage = { width: 400, height: 300 };
    const frame = frameOf(spec);
    const viewer = await blankViewer([spec]);
    const malicious = '<img src=x onerror="window.__pwned = true">';
    await draw(viewer, {
      type: 'pspdfkit/markup/redaction',
      pageIndex: 0,
      bbox: [40, 40, 300, 120],
      rects: [[40, 40, 300, 120]],
      outlineColor: '#0000ff',
      fillColor: '#0000ff',
      color: '#ffff00',
      overlayText: 'SECRET',
      repeatOverlayText: true,
    });
    await draw(viewer, {
      type: 'pspdfkit/markup/redaction',
      pageIndex: 0,
      bbox: [40, 200, 300, 40],
      overlayText: malicious,
    });
    const before = await pagePixels(viewer, 0, frame);
    expect(near(before.at([40.8, 100]), BLUE), 'outline in outlineColor').to.be.true;
    expect(isRed(before.at([40.8, 220])), 'no rects: the bbox is outlined').to.be.true;

    await hover(viewer, [190, 100], frame);
    const after = await pagePixels(viewer, 0, frame);
    const yellow = (rgba: readonly number[]) => rgba[0]! > 150 && rgba[1]! > 150 && rgba[2]! < 100;
    const topBand = after.pixels.share(clientRect(viewer, [45, 45, 290, 30], frame), yellow);
    const bottomBand = after.pixels.share(clientRect(viewer, [45, 125, 290, 30], frame), yellow);
    expect(topBand, 'text near the top').to.be.greaterThan(0.03);
    expect(bottomBand, 'text near the bottom').to.be.greaterThan(0.03);
    expect(near(after.at([42, 42]), BLUE), 'blue fill').to.be.true;

    const texts = [...viewer.shadowRoot!.querySelectorAll('.redaction-text')];
    expect(texts.some((text) => text.textContent === malicious), 'markup shown as text').to.be.true;
    expect(viewer.shadowRoot!.querySelector('.redaction-text img')).to.equal(null);
  });

  it('hit-tests markups by rect and redactions by bbox', async () => {
    const { highlightKind } = await import('../../src/annotations/highlight.js');
    const { redactionKind } = await import('../../src/annotations/redaction.js');
    const highlight = {
      v: 2 as const,
      id: 'h',
      type: 'pspdfkit/markup/highlight' as const,
      pageIndex: 0,
      bbox: [0, 0, 100, 50] as [number, number, number, number],
      rects: [
        [0, 0, 100, 10],
        [0, 40, 50, 10],
      ] as [number, number, number, number][],
      color: '#ffff00',
    };
    // The kind is typed through AnnotationOfType, which is `never` for markup types (see text-markup.ts).
    const hit = (point: [number, number]) => highlightKind.hitTest(highlight as never, point, 0);
    expect(hit([50, 5])).to.be.true;
    expect(hit([50, 25]), 'between rects').to.be.false;
    expect(hit([75, 45]), 'right of the short second rect').to.be.false;
    expect(hit([25, 45])).to.be.true;
    const redaction = { v: 2 as const, id: 'r', type: 'pspdfkit/markup/redaction' as const, pageIndex: 0, bbox: [10, 10, 20, 20] as [number, number, number, number] };
    expect(redactionKind.hitTest(redaction, [20, 20], 0)).to.be.true;
    expect(redactionKind.hitTest(redaction, [35, 20], 2)).to.be.false;
    expect(highlightKind.label(highlight as never)).to.equal('Highlight');
  });
});
