import { expect } from '@open-wc/testing';
import { cleanupViewers, waitFor } from '../helpers/viewer-fixture.js';
import { blankViewer, frameOf, settled, toClient, type BlankPage } from '../helpers/annotation-kit.js';
import { expectBox, exported, recordChanges, useTool } from './placing-kit.js';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';

const PAGE: BlankPage = { width: 400, height: 300 };
const FRAME = frameOf(PAGE);

async function pngFile(width: number, height: number, name = 'red.png'): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#ff0000';
  context.fillRect(0, 0, width, height);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
  return new File([blob], name, { type: 'image/png' });
}

async function sha256(file: Blob): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await file.arrayBuffer()));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

function fileInput(viewer: InstantPdfViewer): HTMLInputElement | null {
  return viewer.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]');
}

function choose(input: HTMLInputElement, file: File): void {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

function drop(viewer: InstantPdfViewer, file: File, x: number, y: number): void {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  const target = viewer.shadowRoot!.querySelector('[part~="page"]')!;
  const init = { bubbles: true, composed: true, cancelable: true, clientX: x, clientY: y, dataTransfer: transfer };
  target.dispatchEvent(new DragEvent('dragover', init));
  target.dispatchEvent(new DragEvent('drop', init));
}

function message(viewer: InstantPdfViewer): HTMLElement | null {
  const element = viewer.shadowRoot!.querySelector<HTMLElement>('.tool-message');
  return element && !element.hidden ? element : null;
}

describe('image tool', () => {
  afterEach(cleanupViewers);

  it('the file picker places the picture centred on the page: attachment and annotation in one undo step', async () => {
    const viewer = await blankViewer([PAGE], { zoom: '1', author: 'Ana' });
    const changes = recordChanges(viewer);
    await useTool(viewer, 'image');
    const input = await waitFor(() => fileInput(viewer), 'the file input');
    expect(input.accept).to.equal('image/png,image/jpeg');
    expect(input.getAttribute('aria-label')).to.equal('Choose an image');
    const file = await pngFile(200, 100);
    const hash = await sha256(file);
    choose(input, file);
    await waitFor(() => changes.length === 1, 'the image');
    expect(changes[0]!.source).to.equal('user');
    const json = viewer.exportInstantJson();
    const bytes = new Uint8Array(await file.arrayBuffer());
    expect(json.attachments).to.deep.equal({ [hash]: { binary: btoa(String.fromCharCode(...bytes)), contentType: 'image/png' } });
    const [record] = exported(viewer);
    const { bbox, ...rest } = record!;
    expect(rest).to.deep.equal({
      v: 2,
      type: 'pspdfkit/image',
      pageIndex: 0,
      opacity: 1,
      imageAttachmentId: hash,
      contentType: 'image/png',
      rotation: 0,
      fileName: 'red.png',
      creatorName: 'Ana',
    });
    // 200 × 100 px at 0.75 pt/px, centred.
    expectBox(bbox, [125, 112.5, 150, 75], 0.01);
    await waitFor(() => viewer.tool === 'select', 'back to select');
    expect(viewer.selectedAnnotationIds).to.deep.equal([changes[0]!.created[0]!.id]);

    viewer.undo();
    expect(viewer.exportInstantJson().annotations).to.equal(undefined);
    expect(viewer.exportInstantJson().attachments).to.equal(undefined);
    viewer.redo();
    expect(Object.keys(viewer.exportInstantJson().attachments ?? {})).to.deep.equal([hash]);
  });

  it('a large picture is scaled to fit half the page', async () => {
    const viewer = await blankViewer([PAGE], { zoom: '1' });
    await useTool(viewer, 'image');
    const input = await waitFor(() => fileInput(viewer), 'the file input');
    choose(input, await pngFile(1000, 400));
    await waitFor(() => exported(viewer).length === 1, 'the image');
    expectBox(exported(viewer)[0]!['bbox'], [100, 110, 200, 80], 0.01);
  });

  it('a file dropped on a page is placed at the drop point, whatever the tool', async () => {
    const viewer = await blankViewer([PAGE], { zoom: '1.5' });
    const changes = recordChanges(viewer);
    const { x, y } = toClient(viewer, 0, [100, 80], FRAME);
    drop(viewer, await pngFile(40, 20, 'small.png'), x, y);
    await waitFor(() => changes.length === 1, 'the image');
    // Drag events carry whole client pixels.
    expectBox(exported(viewer)[0]!['bbox'], [100 - 15, 80 - 7.5, 30, 15], 0.5);
    expect(viewer.tool).to.equal('select');
  });

  it('refuses a file that is not PNG or JPEG by its bytes, with a visible message', async () => {
    const viewer = await blankViewer([PAGE], { zoom: '1' });
    const changes = recordChanges(viewer);
    const fake = new File(['<svg xmlns="http://www.w3.org/2000/svg"/>'], 'fake.png', { type: 'image/png' });
    const { x, y } = toClient(viewer, 0, [100, 80], FRAME);
    drop(viewer, fake, x, y);
    const shown = await waitFor(() => message(viewer), 'the message');
    expect(shown.getAttribute('role')).to.equal('alert');
    expect(shown.textContent).to.contain('PNG and JPEG');
    await useTool(viewer, 'image');
    choose(fileInput(viewer)!, new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d])], 'doc.jpg', { type: 'image/jpeg' }));
    await settled(viewer);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(changes).to.have.length(0);
    expect(viewer.exportInstantJson().annotations).to.equal(undefined);
  });

  it('readonly: a drop does nothing and the tool opens no picker', async () => {
    const viewer = await blankViewer([PAGE], { zoom: '1', readonly: '' });
    const { x, y } = toClient(viewer, 0, [100, 80], FRAME);
    drop(viewer, await pngFile(40, 20), x, y);
    await useTool(viewer, 'image');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fileInput(viewer)).to.equal(null);
    expect(viewer.exportInstantJson().annotations).to.equal(undefined);
  });
});
