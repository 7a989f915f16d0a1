/**
 * Text markup and redaction tools with real mouse input: a drag over the
 * text layer of a real PDF selects text, and the release makes one
 * annotation whose rects cover the selected glyphs line by line.
 */
import { expect } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';
import type { Annotation } from '../../src/model/index.js';
import { settled, toClient } from '../helpers/annotation-kit.js';
import { cleanupViewers } from '../helpers/viewer-fixture.js';
import {
  corpusViewer,
  drag,
  expectRect,
  recordChanges,
  ROTATED,
  ROTATED_FRAME,
  selectSpans,
  spanRect,
  textSpan,
  TWO_LINES,
  TWO_LINES_FRAME,
} from './tool-kit.js';

type Created = Annotation & { rects: number[][]; color?: string; blendMode?: string };

function created(viewer: InstantPdfViewer): Created[] {
  return (viewer.exportInstantJson().annotations ?? []) as unknown as Created[];
}

function shadowSelectionText(viewer: InstantPdfViewer): string {
  const root = viewer.shadowRoot as ShadowRoot & { getSelection?(): Selection | null };
  return (root.getSelection?.() ?? document.getSelection())?.toString() ?? '';
}

describe('text markup tools', () => {
  afterEach(async () => {
    await resetMouse();
    cleanupViewers();
  });

  it('highlights two selected lines: one rect per line over the glyphs, yellow multiply, one user event, one undo step', async () => {
    const viewer = await corpusViewer(TWO_LINES);
    viewer.tool = 'highlight';
    await viewer.updateComplete;
    const first = textSpan(viewer, 0, 'Highlight');
    const second = textSpan(viewer, 0, 'Lorem ipsum dolor sit amet');
    const events = recordChanges(viewer);
    await selectSpans(first, second);
    await settled(viewer);

    const [annotation, ...rest] = created(viewer);
    expect(rest).to.have.length(0);
    expect(annotation!.type).to.equal('pspdfkit/markup/highlight');
    expect(annotation!.pageIndex).to.equal(0);
    expect(annotation!.color).to.equal('#ffff00');
    expect(annotation!.blendMode).to.equal('multiply');
    expect(annotation!.opacity).to.equal(1);
    expect(annotation!.rects).to.have.length(2);
    const line1 = spanRect(viewer, first, TWO_LINES_FRAME);
    const line2 = spanRect(viewer, second, TWO_LINES_FRAME);
    expectRect(annotation!.rects[0], line1, 1, 'first line');
    expectRect(annotation!.rects[1], line2, 1, 'second line');
    const union = [Math.min(line1[0], line2[0]), line1[1], Math.max(line1[0] + line1[2], line2[0] + line2[2]) - Math.min(line1[0], line2[0]), line2[1] + line2[3] - line1[1]];
    expectRect(annotation!.bbox, union as [number, number, number, number], 1, 'bbox');

    expect(events).to.have.length(1);
    expect(events[0]!.detail.source).to.equal('user');
    expect(events[0]!.detail.created).to.have.length(1);
    expect(shadowSelectionText(viewer), 'selection cleared').to.equal('');

    viewer.undo();
    expect(created(viewer)).to.have.length(0);
    expect(viewer.canUndo).to.be.false;
    viewer.redo();
    expect(created(viewer)).to.have.length(1);
  });

  for (const [tool, type, color] of [
    ['underline', 'pspdfkit/markup/underline', '#000000'],
    ['strikeout', 'pspdfkit/markup/strikeout', '#ff0000'],
    ['squiggly', 'pspdfkit/markup/squiggly', '#ff0000'],
  ] as const) {
    it(`${tool}: a selection within one line makes one ${type} with one rect over the selected words`, async () => {
      const viewer = await corpusViewer(TWO_LINES);
      viewer.tool = tool;
      await viewer.updateComplete;
      const span = textSpan(viewer, 0, 'Lorem ipsum dolor sit amet');
      const box = span.getBoundingClientRect();
      const events = recordChanges(viewer);
      // From the start of the line to about its middle.
      await drag({ x: box.left + 1, y: box.top + box.height / 2 }, { x: box.left + box.width / 2, y: box.top + box.height / 2 });
      await settled(viewer);
      const [annotation, ...rest] = created(viewer);
      expect(rest).to.have.length(0);
      expect(annotation!.type).to.equal(type);
      expect(annotation!.rects).to.have.length(1);
      const line = spanRect(viewer, span, TWO_LINES_FRAME);
      const [left, top, width, height] = annotation!.rects[0]!;
      expect(Math.abs(left! - line[0])).to.be.at.most(1);
      expect(Math.abs(top! - line[1])).to.be.at.most(1);
      expect(Math.abs(height! - line[3])).to.be.at.most(1);
      // Partly selected: more than a third and less than two thirds of the line.
      expect(width!).to.be.within(line[2] / 3, (line[2] * 2) / 3);
      expect(annotation!.bbox).to.deep.equal(annotation!.rects[0]);
      expect(annotation!.color).to.equal(color);
      expect(annotation!.opacity).to.equal(1);
      expect(events.map((e) => e.detail.source)).to.deep.equal(['user']);
    });
  }

  it('makes nothing when the viewer is readonly', async () => {
    const viewer = await corpusViewer(TWO_LINES, { zoom: '1', readonly: '' });
    viewer.tool = 'highlight';
    await viewer.updateComplete;
    const events = recordChanges(viewer);
    await selectSpans(textSpan(viewer, 0, 'Highlight'), textSpan(viewer, 0, 'Lorem ipsum dolor sit amet'));
    await settled(viewer);
    expect(created(viewer)).to.have.length(0);
    expect(events).to.have.length(0);
  });

  it('covers the selected glyphs at zoom 1.5', async () => {
    const viewer = await corpusViewer(TWO_LINES, { zoom: '1.5' });
    viewer.tool = 'highlight';
    await viewer.updateComplete;
    const span = textSpan(viewer, 0, 'Highlight');
    await selectSpans(span, span);
    await settled(viewer);
    const [annotation] = created(viewer);
    expect(annotation!.rects).to.have.length(1);
    expectRect(annotation!.rects[0], spanRect(viewer, span, TWO_LINES_FRAME), 1, 'rect');
  });

  it('on a page with /Rotate 270, the rects are in unrotated page points', async () => {
    const viewer = await corpusViewer(ROTATED);
    viewer.tool = 'strikeout';
    await viewer.updateComplete;
    const span = textSpan(viewer, 0, 'I am a lowly PDF file created in Microsoft Word 2016.');
    span.scrollIntoView({ block: 'center' });
    await settled(viewer);
    const box = span.getBoundingClientRect();
    // The line runs bottom to top on screen: select from its first glyph to its last.
    const vertical = box.height > box.width;
    expect(vertical, 'the line is shown vertically').to.be.true;
    await drag({ x: box.left + box.width / 2, y: box.bottom - 1 }, { x: box.left + box.width / 2, y: box.top + 1 });
    await settled(viewer);
    const [annotation] = created(viewer);
    expect(annotation!.type).to.equal('pspdfkit/markup/strikeout');
    expect(annotation!.rects).to.have.length(1);
    const expected = spanRect(viewer, span, ROTATED_FRAME);
    // Unrotated, the line is horizontal: wider than tall.
    expect(expected[2]).to.be.greaterThan(expected[3]);
    expectRect(annotation!.rects[0], expected, 1, 'rect');
  });
});

describe('redaction tool', () => {
  afterEach(async () => {
    await resetMouse();
    cleanupViewers();
  });

  it('marks selected text line by line', async () => {
    const viewer = await corpusViewer(TWO_LINES);
    viewer.tool = 'redaction';
    await viewer.updateComplete;
    const first = textSpan(viewer, 0, 'Highlight');
    const second = textSpan(viewer, 0, 'Lorem ipsum dolor sit amet');
    await selectSpans(first, second);
    await settled(viewer);
    const [annotation, ...rest] = created(viewer) as Array<Created & { outlineColor?: string; fillColor?: string }>;
    expect(rest).to.have.length(0);
    expect(annotation!.type).to.equal('pspdfkit/markup/redaction');
    expect(annotation!.outlineColor).to.equal('#ff0000');
    expect(annotation!.fillColor).to.equal('#000000');
    expect(annotation!.rects).to.have.length(2);
    expectRect(annotation!.rects[0], spanRect(viewer, first, TWO_LINES_FRAME), 1, 'first line');
    expectRect(annotation!.rects[1], spanRect(viewer, second, TWO_LINES_FRAME), 1, 'second line');
  });

  it('draws a free rectangle when the drag starts off the text', async () => {
    const viewer = await corpusViewer(TWO_LINES);
    viewer.tool = 'redaction';
    await viewer.updateComplete;
    const events = recordChanges(viewer);
    await drag(toClient(viewer, 0, [300, 200], TWO_LINES_FRAME), toClient(viewer, 0, [400, 260], TWO_LINES_FRAME));
    await settled(viewer);
    const [annotation, ...rest] = created(viewer);
    expect(rest).to.have.length(0);
    expect(annotation!.type).to.equal('pspdfkit/markup/redaction');
    expectRect(annotation!.bbox, [300, 200, 100, 60], 1, 'bbox');
    expect(annotation!.rects).to.deep.equal([annotation!.bbox]);
    expect(events.map((e) => e.detail.source)).to.deep.equal(['user']);
    viewer.undo();
    expect(created(viewer)).to.have.length(0);
  });

  it('a click off the text makes nothing', async () => {
    const viewer = await corpusViewer(TWO_LINES);
    viewer.tool = 'redaction';
    await viewer.updateComplete;
    const at = toClient(viewer, 0, [300, 200], TWO_LINES_FRAME);
    await drag(at, at, 1);
    await settled(viewer);
    expect(created(viewer)).to.have.length(0);
  });
});
