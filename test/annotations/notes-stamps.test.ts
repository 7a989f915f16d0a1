import { expect } from '@open-wc/testing';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';
import type { AnnotationInput, NoteAnnotation, Rect, StampAnnotation } from '../../src/model/index.js';
import { NOTE_ICONS, STAMP_TYPES } from '../../src/model/vocabulary.js';
import { noteKind } from '../../src/annotations/note.js';
import { stampKind } from '../../src/annotations/stamp.js';
import { STANDARD_STAMPS, type StandardStampType } from '../../src/annotations/stamp-types.js';
import { cleanupViewers, near, screenPixels, scroller } from '../helpers/viewer-fixture.js';
import { annotationBox, blankViewer, draw, frameOf, pagePixels, settled, WHITE, type BlankPage } from '../helpers/annotation-kit.js';

type Rgb = [number, number, number];

function rgbOf(hex: string): Rgb {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

/** Share of the on-screen area of `element` showing `color`. */
async function colourShare(element: Element, color: Rgb, tolerance = 50): Promise<number> {
  const rect = element.getBoundingClientRect();
  const pixels = await screenPixels(rect);
  return pixels.share(rect, (rgba) => near(rgba, color, tolerance));
}

/** Screen bounding box of the pixels in `element`'s area that are not white. */
async function inkRect(element: Element): Promise<{ width: number; height: number }> {
  const rect = element.getBoundingClientRect();
  const pixels = await screenPixels(rect);
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let y = Math.ceil(rect.top); y < rect.bottom; y++) {
    for (let x = Math.ceil(rect.left); x < rect.right; x++) {
      if (near(pixels.at(x, y), WHITE, 30)) continue;
      [left, top, right, bottom] = [Math.min(left, x), Math.min(top, y), Math.max(right, x + 1), Math.max(bottom, y + 1)];
    }
  }
  return { width: right - left, height: bottom - top };
}

/** A note's glyph (its body; the rest of its element is a transparent target). */
function glyphOf(box: Element): Element {
  return box.querySelector('.note-icon-body')!;
}

/** On-screen size of a note's glyph, in whole CSS pixels. */
function glyphSize(box: Element): [number, number] {
  const rect = glyphOf(box).getBoundingClientRect();
  return [Math.round(rect.width), Math.round(rect.height)];
}

/** The speech bubble's body spans 20 × 18.5 units of the 24-unit icon square, drawn 24 CSS px wide at every zoom. */
const COMMENT_GLYPH: [number, number] = [20, 19];

/**
 * Scrolls the viewer so `element` is in its middle. The window itself is put
 * back at the origin, since screenshots are clipped in page coordinates.
 */
async function reveal(viewer: InstantPdfViewer, element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center', inline: 'center' });
  window.scrollTo(0, 0);
  await settled(viewer);
}

const STANDARD = STAMP_TYPES.filter((type): type is StandardStampType => type !== 'Custom');

describe('notes and comment markers', () => {
  const spec: BlankPage = { width: 400, height: 300 };
  let viewer: InstantPdfViewer;

  before(async () => {
    viewer = await blankViewer([spec]);
  });
  after(cleanupViewers);

  it('draws every note icon at 24 CSS px in its colour, the same size at every zoom', async () => {
    const ids = new Map<string, string>();
    for (const [i, icon] of NOTE_ICONS.entries()) {
      const bbox: Rect = [20 + (i % 7) * 50, 20 + Math.floor(i / 7) * 50, 32, 32];
      const note = await draw(viewer, { type: 'pspdfkit/note', pageIndex: 0, bbox, icon, color: '#e53935', text: `A ${icon} note` });
      ids.set(icon, note.id);
    }
    const plain = await draw(viewer, { type: 'pspdfkit/note', pageIndex: 0, bbox: [20, 150, 10, 10], color: '#1e88e5', text: '  Remember   this  ' });

    for (const [icon, id] of ids) {
      const box = annotationBox(viewer, id)!;
      expect(box.getAttribute('data-icon')).to.equal(icon);
      const [width, height] = glyphSize(box);
      expect(Math.max(width, height), `${icon} fills most of its 24 px square`).to.be.within(18, 24);
      expect(await colourShare(glyphOf(box), [229, 57, 53]), `${icon} is tinted with its colour`).to.be.greaterThan(0.08);
    }
    const plainBox = annotationBox(viewer, plain.id)!;
    expect(plainBox.getAttribute('data-icon'), 'default icon').to.equal('comment');
    expect(plainBox.getAttribute('role')).to.equal('button');
    expect(plainBox.tabIndex).to.equal(0);
    expect(plainBox.getAttribute('aria-label')).to.equal('Note: Remember this');

    const star = annotationBox(viewer, ids.get('star')!)!;
    const starSize = glyphSize(star);
    viewer.zoom = 3;
    await settled(viewer);
    await reveal(viewer, star);
    expect(glyphSize(star), 'same screen size at zoom 3').to.deep.equal(starSize);
    expect(await colourShare(glyphOf(star), [229, 57, 53])).to.be.greaterThan(0.08);
    viewer.zoom = 1;
    await settled(viewer);
    scroller(viewer).scrollTo(0, 0);
    await settled(viewer);
  });

  it('hit-tests notes on the icon at its top-left corner', () => {
    const record: NoteAnnotation = { v: 2, id: 'n', type: 'pspdfkit/note', pageIndex: 0, bbox: [100, 100, 10, 10], color: '#ffff00', text: { format: 'plain', value: '' } };
    expect(noteKind.hitTest(record, [105, 105], 0)).to.be.true;
    expect(noteKind.hitTest(record, [116, 116], 0), 'within the 24 px icon').to.be.true;
    expect(noteKind.hitTest(record, [125, 105], 0)).to.be.false;
    expect(noteKind.hitTest(record, [95, 105], 0)).to.be.false;
  });

  it('draws a comment marker as a yellow speech bubble that can be opened', async () => {
    const marker = await draw(viewer, { type: 'pspdfkit/comment-marker', pageIndex: 0, bbox: [300, 200, 20, 20] });
    const box = annotationBox(viewer, marker.id)!;
    expect(box.getAttribute('data-icon')).to.equal('comment');
    expect(glyphSize(box), 'the speech bubble of a note').to.deep.equal(COMMENT_GLYPH);
    expect(box.getAttribute('role')).to.equal('button');
    expect(box.getAttribute('aria-label')).to.equal('Comment');
    expect(await colourShare(glyphOf(box), [255, 194, 26]), 'yellow').to.be.greaterThan(0.2);
    viewer.deleteAnnotation(marker.id);
  });
});

describe('stamps', () => {
  const spec: BlankPage = { width: 400, height: 300 };
  let viewer: InstantPdfViewer;

  before(async () => {
    viewer = await blankViewer([spec]);
  });
  after(cleanupViewers);

  it('draws each of the 24 standard stamps with its words in its colour', async () => {
    const ids = new Map<StandardStampType, string>();
    for (const [i, stampType] of STANDARD.entries()) {
      const bbox: Rect = [8 + (i % 4) * 97, 8 + Math.floor(i / 4) * 48, 92, 40];
      const stamp = await draw(viewer, { type: 'pspdfkit/stamp', pageIndex: 0, bbox, stampType });
      ids.set(stampType, stamp.id);
    }
    expect(ids.size).to.equal(24);
    const frame = frameOf(spec);
    const pixels = await pagePixels(viewer, 0, frame);
    for (const [stampType, id] of ids) {
      const { label, color } = STANDARD_STAMPS[stampType];
      const box = annotationBox(viewer, id)!;
      expect(box.querySelector('.stamp-title')!.textContent, stampType).to.equal(label);
      const rect = box.getBoundingClientRect();
      const share = pixels.pixels.share(rect, (rgba) => near(rgba, rgbOf(color), 60));
      expect(share, `${stampType} in ${color}`).to.be.greaterThan(0.05);
      // The words stay inside the stamp.
      const title = box.querySelector('.stamp-title')!.getBoundingClientRect();
      expect(title.left, `${stampType} fits`).to.be.at.least(rect.left);
      expect(title.right, `${stampType} fits`).to.be.at.most(rect.right);
    }
    expect(STANDARD_STAMPS.NotApproved.label).to.equal('NOT APPROVED');
    expect(STANDARD_STAMPS.ForPublicRelease.label).to.equal('FOR PUBLIC RELEASE');
    expect(STANDARD_STAMPS.AsIs.label).to.equal('AS IS');
    const green = rgbOf(STANDARD_STAMPS.Approved.color);
    const red = rgbOf(STANDARD_STAMPS.Rejected.color);
    expect(green[1]).to.be.greaterThan(green[0]);
    expect(red[0]).to.be.greaterThan(red[1]);
    for (const id of ids.values()) viewer.deleteAnnotation(id);
    await settled(viewer);
  });

  it('draws a Custom stamp with its title and smaller subtitle in its colour, turned by its rotation', async () => {
    const custom = await draw(viewer, {
      type: 'pspdfkit/stamp',
      pageIndex: 0,
      bbox: [20, 20, 200, 70],
      stampType: 'Custom',
      title: 'Checked <b>twice</b>',
      subtitle: 'by QA, 2024-05-01',
      color: '#8e24aa',
    } satisfies AnnotationInput);
    const turned = await draw(viewer, {
      type: 'pspdfkit/stamp',
      pageIndex: 0,
      bbox: [260, 20, 60, 200],
      stampType: 'Approved',
      rotation: 90,
    });
    const box = annotationBox(viewer, custom.id)!;
    const title = box.querySelector<SVGTextElement>('.stamp-title')!;
    const subtitle = box.querySelector<SVGTextElement>('.stamp-subtitle')!;
    expect(title.textContent).to.equal('Checked <b>twice</b>');
    expect(box.querySelector('b')).to.equal(null);
    expect(subtitle.textContent).to.equal('by QA, 2024-05-01');
    expect(subtitle.getBoundingClientRect().height).to.be.lessThan(title.getBoundingClientRect().height);
    expect(await colourShare(box, [142, 36, 170], 60)).to.be.greaterThan(0.05);
    expect(stampKind.label(custom as StampAnnotation)).to.equal('Stamp: Checked <b>twice</b> by QA, 2024-05-01');

    const turnedBox = annotationBox(viewer, turned.id)!;
    const ink = await inkRect(turnedBox);
    expect(ink.height, 'a quarter-turned stamp stands tall').to.be.greaterThan(ink.width * 2);
    const words = turnedBox.querySelector('.stamp-title')!.getBoundingClientRect();
    expect(words.height, 'its words run up the page').to.be.greaterThan(words.width * 1.5);
  });
});

describe('stamps and notes on a page with /Rotate 90', () => {
  after(cleanupViewers);

  it('turn with the page; notes keep their size', async () => {
    const spec: BlankPage = { width: 400, height: 300, rotate: 90 };
    const viewer = await blankViewer([spec]);
    const stamp = await draw(viewer, { type: 'pspdfkit/stamp', pageIndex: 0, bbox: [40, 40, 200, 60], stampType: 'Void' });
    const note = await draw(viewer, { type: 'pspdfkit/note', pageIndex: 0, bbox: [300, 200, 32, 32], color: '#1e88e5', text: 'hi' });
    const box = annotationBox(viewer, stamp.id)!;
    const ink = await inkRect(box);
    expect(ink.height, 'the wide stamp stands tall on the turned page').to.be.greaterThan(ink.width * 2);
    expect(await colourShare(box, rgbOf(STANDARD_STAMPS.Void.color), 60)).to.be.greaterThan(0.05);
    const pixels = await pagePixels(viewer, 0, frameOf(spec));
    expect(near(pixels.at([140, 41.8]), rgbOf(STANDARD_STAMPS.Void.color), 60), 'border along the bbox top').to.be.true;
    const [width, height] = glyphSize(annotationBox(viewer, note.id)!);
    expect([width, height], 'the speech bubble, turned with the page, at its constant size').to.deep.equal([COMMENT_GLYPH[1], COMMENT_GLYPH[0]]);
  });
});

