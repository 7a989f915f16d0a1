/**
 * Text markup that stays on its text, with real mouse input on a real PDF:
 * a drag released past the end of a line marks that line only, a selection
 * made before choosing the tool is marked at once, a double-click marks a
 * word, the glyph under the press is included, and a press on text next to
 * a markup (inside its bbox, outside its rects) leaves the markup alone.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendMouse } from '@web/test-runner-commands';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';
import type { Annotation, Rect } from '../../src/model/index.js';
import { settled } from '../helpers/annotation-kit.js';
import { cleanupViewers } from '../helpers/viewer-fixture.js';
import { corpusViewer, drag, expectRect, spanRect, textSpan, TWO_LINES, TWO_LINES_FRAME } from './tool-kit.js';

type Markup = Annotation & { rects: Rect[] };

function created(viewer: InstantPdfViewer): Markup[] {
  return (viewer.exportInstantJson().annotations ?? []) as unknown as Markup[];
}

/** The selected text as the page sees it, inside the shadow root too. */
function selectedText(viewer: InstantPdfViewer): string {
  const root = viewer.shadowRoot as ShadowRoot & { getSelection?(): Selection | null };
  const selection = document.getSelection() as Selection & { getComposedRanges?(options: { shadowRoots: ShadowRoot[] }): StaticRange[] };
  const [composed] = selection.getComposedRanges?.({ shadowRoots: [viewer.shadowRoot!] }) ?? [];
  if (composed && !composed.collapsed) {
    const range = document.createRange();
    range.setStart(composed.startContainer, composed.startOffset);
    range.setEnd(composed.endContainer, composed.endOffset);
    return range.toString();
  }
  return (root.getSelection?.() ?? selection)?.toString() ?? '';
}

/** Client rect of the characters `from`–`to` of a span's text. */
function glyphs(span: Element, from: number, to: number): DOMRect {
  const range = document.createRange();
  range.setStart(span.firstChild!, from);
  range.setEnd(span.firstChild!, to);
  return range.getBoundingClientRect();
}

async function withTool(tool: string): Promise<InstantPdfViewer> {
  // No toolbar: these are about the pages (and the toolbar's own layout work stays out of the way).
  const viewer = await corpusViewer(TWO_LINES, { zoom: '1', toolbar: 'none' });
  viewer.tool = tool;
  await viewer.updateComplete;
  return viewer;
}

describe('text markup: selections that stay on their text', () => {
  afterEach(async () => {
    await resetMouse();
    cleanupViewers();
  });

  // The second line is the last: past its end, Chromium resolves the pointer to a position far from it.
  for (const [label, dx, dy] of [
    ['past its end', 15, 0],
    ['past its end and below it', 12, 10],
    ['20 px past its end and 20 px below it', 20, 20],
  ] as const) {
    it(`a highlight drag along a line released ${label} marks that line only`, async () => {
      const viewer = await withTool('highlight');
      const first = textSpan(viewer, 0, 'Highlight');
      const second = textSpan(viewer, 0, 'Lorem ipsum dolor sit amet');
      const box = second.getBoundingClientRect();
      await drag({ x: box.left + 1, y: box.top + box.height / 2 }, { x: box.right + dx, y: box.top + box.height / 2 + dy }, 8);
      await settled(viewer);
      const all = created(viewer).filter((annotation) => annotation.pdfObjectId === undefined);
      expect(all, 'one highlight').to.have.length(1);
      const [annotation] = all;
      expect(annotation!.rects, 'one rect').to.have.length(1);
      const line = spanRect(viewer, second, TWO_LINES_FRAME);
      const above = spanRect(viewer, first, TWO_LINES_FRAME);
      const [, top, , height] = annotation!.rects[0]!;
      expect(top, 'below the first line').to.be.above(above[1] + above[3]);
      expectRect([annotation!.rects[0]![0], top, annotation!.rects[0]![2], height], line, 1, 'the whole second line');
    });
  }

  it('a plain select drag released past the end of a line keeps the selection on that line', async () => {
    const viewer = await withTool('select');
    // The PDF's own highlight covers the second line; a press on it would grab it.
    viewer.deleteAnnotation('19');
    await settled(viewer);
    const second = textSpan(viewer, 0, 'Lorem ipsum dolor sit amet');
    const box = second.getBoundingClientRect();
    const y = box.top + box.height / 2;
    await sendMouse({ type: 'move', position: [Math.round(box.left + 1), Math.round(y)] });
    await sendMouse({ type: 'down' });
    for (const step of [1, 2, 3, 4, 5, 6]) {
      await sendMouse({ type: 'move', position: [Math.round(box.left + 1 + ((box.width + 15) * step) / 6), Math.round(y + (12 * step) / 6)] });
    }
    const during = selectedText(viewer);
    await sendMouse({ type: 'up' });
    const after = selectedText(viewer);
    for (const text of [during, after]) {
      expect(text, 'the whole line').to.equal('Lorem ipsum dolor sit amet');
    }
  });

  it('text selected before choosing highlight is highlighted at once, and the selection is cleared', async () => {
    const viewer = await withTool('select');
    const first = textSpan(viewer, 0, 'Highlight');
    const box = first.getBoundingClientRect();
    await drag({ x: box.left + 1, y: box.top + box.height / 2 }, { x: box.right - 1, y: box.top + box.height / 2 });
    expect(selectedText(viewer)).to.equal('Highlight');
    viewer.tool = 'highlight';
    await viewer.updateComplete;
    const all = created(viewer);
    expect(all, 'a highlight at once').to.have.length(1);
    expect(all[0]!.rects).to.have.length(1);
    expectRect(all[0]!.rects[0], spanRect(viewer, first, TWO_LINES_FRAME), 1, 'rect');
    expect(selectedText(viewer), 'selection cleared').to.equal('');
  });

  it('a double-click on a word with highlight marks that word', async () => {
    const viewer = await withTool('highlight');
    const second = textSpan(viewer, 0, 'Lorem ipsum dolor sit amet');
    const word = glyphs(second, 6, 11); // "ipsum"
    await executeServerCommand('double-click', { x: Math.round(word.left + word.width / 2), y: Math.round(word.top + word.height / 2) });
    await settled(viewer);
    const all = created(viewer);
    expect(all, 'one highlight').to.have.length(1);
    expect(all[0]!.rects).to.have.length(1);
    const scale = spanRect(viewer, second, TWO_LINES_FRAME)[2] / second.getBoundingClientRect().width;
    const [left, , width] = all[0]!.rects[0]!;
    const line = spanRect(viewer, second, TWO_LINES_FRAME);
    expect(Math.abs(left - (line[0] + (word.left - second.getBoundingClientRect().left) * scale)), 'starts at the word').to.be.at.most(1.5);
    expect(Math.abs(width - word.width * scale), 'as wide as the word').to.be.at.most(4);
  });

  it('the glyph under the press point is included', async () => {
    const viewer = await withTool('highlight');
    const second = textSpan(viewer, 0, 'Lorem ipsum dolor sit amet');
    const lineBox = second.getBoundingClientRect();
    const i = glyphs(second, 6, 7); // the "i" of "ipsum"
    const y = lineBox.top + lineBox.height / 2;
    // Press right in the middle of the "i", release inside "dolor".
    const dolor = glyphs(second, 12, 17);
    await drag({ x: i.left + i.width / 2, y }, { x: dolor.right - 1, y });
    await settled(viewer);
    const [annotation] = created(viewer);
    expect(annotation, 'a highlight').to.exist;
    const scale = spanRect(viewer, second, TWO_LINES_FRAME)[2] / lineBox.width;
    const line = spanRect(viewer, second, TWO_LINES_FRAME);
    const expectedLeft = line[0] + (i.left - lineBox.left) * scale;
    expect(Math.abs(annotation!.rects[0]![0] - expectedLeft), 'starts at the left edge of the pressed glyph').to.be.at.most(0.75);
  });

  it('a press on text inside a two-line highlight’s bbox but outside its rects neither selects nor moves it', async () => {
    const viewer = await withTool('select');
    // Only our highlight: the PDF's own one covers the second line.
    viewer.deleteAnnotation('19');
    const first = textSpan(viewer, 0, 'Highlight');
    const second = textSpan(viewer, 0, 'Lorem ipsum dolor sit amet');
    const line1 = spanRect(viewer, first, TWO_LINES_FRAME);
    // Highlight "Highlight" and the first word of the second line: the bbox spans both lines.
    const lorem = glyphs(second, 0, 5);
    const scale = line1[2] / first.getBoundingClientRect().width;
    const line2 = spanRect(viewer, second, TWO_LINES_FRAME);
    const rect2: Rect = [line2[0], line2[1], lorem.width * scale, line2[3]];
    const left = Math.min(line1[0], rect2[0]);
    const right = Math.max(line1[0] + line1[2], rect2[0] + rect2[2]);
    const highlight = viewer.createAnnotation({
      type: 'pspdfkit/markup/highlight',
      pageIndex: 0,
      bbox: [left, line1[1], right - left, line2[1] + line2[3] - line1[1]],
      rects: [line1, rect2],
      color: '#ffff00',
    } as never);
    await settled(viewer);
    const before = JSON.stringify(viewer.exportInstantJson());
    // Press on "ipsum": right of the second rect, under the first line's rect, so inside the bbox.
    const target = glyphs(second, 7, 10);
    const y = target.top + target.height / 2;
    await drag({ x: target.left + target.width / 2, y }, { x: target.left + 60, y });
    await settled(viewer);
    expect(viewer.selectedAnnotationIds, 'not selected').to.not.include(highlight.id);
    expect(JSON.stringify(viewer.exportInstantJson()), 'not moved').to.equal(before);
  });
});
