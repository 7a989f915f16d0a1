/**
 * The `link` tool with real input: drag a rectangle, answer in the link
 * editor with the keyboard, get one `pspdfkit/link` (or nothing).
 */
import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import { blankViewer, settled, toClient, type Frame } from '../helpers/annotation-kit.js';
import { cleanupViewers } from '../helpers/viewer-fixture.js';
import { LINK_FRAME, drawLink, editor, links } from './link-kit.js';
import { drag, expectRect, recordChanges } from './tool-kit.js';

const PAGES = [
  { width: 400, height: 300 },
  { width: 400, height: 300 },
  { width: 400, height: 300 },
];

describe('link tool', () => {
  afterEach(async () => {
    await resetMouse();
    cleanupViewers();
  });

  it('a rectangle and a URL make one pspdfkit/link with a uri action: one user event, one undo step', async () => {
    const viewer = await blankViewer(PAGES);
    const events = recordChanges(viewer);
    const form = await drawLink(viewer);
    const input = form.querySelector('input')!;
    expect(viewer.shadowRoot!.activeElement, 'the field has focus').to.equal(input);
    expect(input.labels?.[0]?.textContent).to.match(/web address or a page number/);
    expect(form.getAttribute('role')).to.equal('dialog');
    expect(links(viewer), 'nothing before OK').to.have.length(0);
    await sendKeys({ type: 'https://example.com/a?b=1' });
    await sendKeys({ press: 'Enter' });
    await settled(viewer);
    expect(editor(viewer), 'closed').to.be.null;
    const [link, ...rest] = links(viewer);
    expect(rest).to.have.length(0);
    expect(link!.type).to.equal('pspdfkit/link');
    expect(link!.pageIndex).to.equal(0);
    expectRect(link!.bbox, [50, 60, 120, 40], 1, 'bbox');
    expect(link!.action).to.deep.equal({ type: 'uri', uri: 'https://example.com/a?b=1' });
    expect(events).to.have.length(1);
    expect(events[0]!.detail.source).to.equal('user');
    viewer.undo();
    expect(links(viewer)).to.have.length(0);
    expect(viewer.canUndo).to.be.false;
  });

  it('a page number makes a goTo action with the 0-based pageIndex', async () => {
    const viewer = await blankViewer(PAGES);
    const form = await drawLink(viewer);
    await sendKeys({ type: '3' });
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settled(viewer);
    const [link] = links(viewer);
    expect(link!.action).to.deep.equal({ type: 'goTo', pageIndex: 2 });
  });

  it('rejects a javascript: URL with a message, and a page that does not exist', async () => {
    const viewer = await blankViewer(PAGES);
    const form = await drawLink(viewer);
    const input = form.querySelector('input')!;
    await sendKeys({ type: 'javascript:alert(1)' });
    await sendKeys({ press: 'Enter' });
    expect(editor(viewer), 'still open').to.equal(form);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(form.querySelector('[role="alert"]')!.textContent).to.match(/not allowed/);
    expect(links(viewer)).to.have.length(0);
    input.select();
    await sendKeys({ type: '9' });
    await sendKeys({ press: 'Enter' });
    expect(form.querySelector('[role="alert"]')!.textContent).to.match(/no page 9/);
    expect(links(viewer)).to.have.length(0);
    input.select();
    await sendKeys({ type: 'mailto:someone@example.com' });
    await sendKeys({ press: 'Enter' });
    await settled(viewer);
    expect(links(viewer).map((l) => l.action)).to.deep.equal([{ type: 'uri', uri: 'mailto:someone@example.com' }]);
  });

  it('Escape closes the editor and creates nothing; the tool stays active', async () => {
    const viewer = await blankViewer(PAGES);
    const events = recordChanges(viewer);
    await drawLink(viewer);
    await sendKeys({ type: 'https://example.com' });
    await sendKeys({ press: 'Escape' });
    await settled(viewer);
    expect(editor(viewer)).to.be.null;
    expect(links(viewer)).to.have.length(0);
    expect(events).to.have.length(0);
    expect(viewer.tool).to.equal('link');
  });

  it('on a page with /Rotate 90 at zoom 1.5, the bbox is in unrotated page points', async () => {
    const frame: Frame = { width: 400, height: 300, rotate: 90 };
    const viewer = await blankViewer([{ width: 400, height: 300, rotate: 90 }], { zoom: '1.5' });
    await drawLink(viewer, frame);
    await sendKeys({ type: 'https://example.com' });
    await sendKeys({ press: 'Enter' });
    await settled(viewer);
    const [link] = links(viewer);
    expectRect(link!.bbox, [50, 60, 120, 40], 1, 'bbox');
  });

  it('makes nothing when the viewer is readonly', async () => {
    const viewer = await blankViewer(PAGES, { zoom: '1', readonly: '' });
    viewer.tool = 'link';
    await viewer.updateComplete;
    await drag(toClient(viewer, 0, [50, 60], LINK_FRAME), toClient(viewer, 0, [170, 100], LINK_FRAME));
    await settled(viewer);
    expect(editor(viewer)).to.be.null;
    expect(links(viewer)).to.have.length(0);
  });
});
