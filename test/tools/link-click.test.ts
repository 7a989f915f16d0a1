/**
 * Links with the select tool, as a reader expects them: a click follows the
 * link and does nothing else; Alt/Option+click selects it for editing
 * without following it; `javascript:` URIs never open.
 */
import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';
import type { Annotation } from '../../src/model/index.js';
import { annotationBox, blankViewer, draw, settled, toClient, type Frame } from '../helpers/annotation-kit.js';
import { cleanupViewers } from '../helpers/viewer-fixture.js';

const FRAME: Frame = { width: 400, height: 300, rotate: 0 };

let opened: string[] = [];
const realOpen = window.open;

async function linkViewer(uri: string): Promise<{ viewer: InstantPdfViewer; link: Annotation }> {
  const viewer = await blankViewer([{ width: 400, height: 300 }]);
  const link = await draw(viewer, {
    type: 'pspdfkit/link',
    pageIndex: 0,
    bbox: [50, 60, 120, 40],
    action: { type: 'uri', uri },
  } as never);
  expect(annotationBox(viewer, link.id), 'the link is drawn').to.exist;
  return { viewer, link };
}

async function click(viewer: InstantPdfViewer, alt = false): Promise<void> {
  const { x, y } = toClient(viewer, 0, [110, 80], FRAME);
  await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
  if (alt) await sendKeys({ down: 'Alt' });
  await sendMouse({ type: 'down' });
  await sendMouse({ type: 'up' });
  if (alt) await sendKeys({ up: 'Alt' });
  await settled(viewer);
}

/** Whether any inspector is on screen. */
function inspectorShown(viewer: InstantPdfViewer): boolean {
  return [...viewer.shadowRoot!.querySelectorAll<HTMLElement>('[part~="inspector"]')].some((element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
  });
}

describe('links with the select tool', () => {
  beforeEach(() => {
    opened = [];
    window.open = ((url?: string | URL) => {
      opened.push(String(url));
      return null;
    }) as typeof window.open;
  });
  afterEach(async () => {
    window.open = realOpen;
    await resetMouse();
    cleanupViewers();
  });

  it('a click on a uri link opens it once, and neither selects it nor opens the inspector', async () => {
    const { viewer } = await linkViewer('https://example.com/page');
    await click(viewer);
    expect(opened).to.deep.equal(['https://example.com/page']);
    expect(viewer.selectedAnnotationIds, 'nothing selected').to.deep.equal([]);
    expect(inspectorShown(viewer), 'no inspector').to.be.false;
  });

  it('Alt+click selects the link for editing without opening it', async () => {
    const { viewer, link } = await linkViewer('https://example.com/page');
    await click(viewer, true);
    expect(viewer.selectedAnnotationIds).to.deep.equal([link.id]);
    expect(opened, 'not opened').to.deep.equal([]);
  });

  it('a javascript: link never opens, and a click on it selects nothing', async () => {
    const { viewer } = await linkViewer('javascript:alert(1)');
    await click(viewer);
    expect(opened).to.deep.equal([]);
    expect(viewer.selectedAnnotationIds).to.deep.equal([]);
  });
});
