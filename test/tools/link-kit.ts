/** Drawing a link with the `link` tool and reading what it made, for the link tool tests. */
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';
import type { Annotation } from '../../src/model/index.js';
import { toClient, type Frame } from '../helpers/annotation-kit.js';
import { waitFor } from '../helpers/viewer-fixture.js';
import { drag } from './tool-kit.js';

/** The blank 400 × 300 pt page the link tests draw on. */
export const LINK_FRAME: Frame = { width: 400, height: 300, rotate: 0 };

export type Link = Annotation & { action: Record<string, unknown> };

export function links(viewer: InstantPdfViewer): Link[] {
  return (viewer.exportInstantJson().annotations ?? []) as unknown as Link[];
}

export function editor(viewer: InstantPdfViewer): HTMLFormElement | null {
  return viewer.shadowRoot!.querySelector<HTMLFormElement>('[part="link-editor"]');
}

/** Chooses the link tool, drags a rectangle with the real mouse and returns the editor it opens. */
export async function drawLink(viewer: InstantPdfViewer, frame: Frame = LINK_FRAME): Promise<HTMLFormElement> {
  viewer.tool = 'link';
  await viewer.updateComplete;
  await drag(toClient(viewer, 0, [50, 60], frame), toClient(viewer, 0, [170, 100], frame));
  return waitFor(() => editor(viewer), 'the link editor');
}
