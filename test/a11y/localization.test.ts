import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';
import { annotationBox, blankViewer, draw, settled } from '../helpers/annotation-kit.js';
import { CORPUS, cleanupViewers, mountViewer, page, waitFor } from '../helpers/viewer-fixture.js';
import { drag, setup } from '../tools/drawing-kit.js';

const ENCRYPTED = `${CORPUS}/pdfjs/pr6531_2.pdf`;

function liveRegion(viewer: InstantPdfViewer): HTMLElement {
  return viewer.shadowRoot!.querySelector<HTMLElement>('[aria-live="polite"]')!;
}

/** Waits until the live region says something matching `pattern`; returns what it said. */
async function announced(viewer: InstantPdfViewer, pattern: RegExp): Promise<string> {
  return waitFor(() => {
    const text = liveRegion(viewer).textContent ?? '';
    return pattern.test(text) ? text : undefined;
  }, `the live region to say ${pattern}`);
}

describe('localization (de)', () => {
  afterEach(cleanupViewers);

  it('asks for a password in German', async () => {
    const viewer = mountViewer({ locale: 'de' });
    await viewer.load(ENCRYPTED).catch(() => undefined);
    await viewer.updateComplete;
    const prompt = viewer.shadowRoot!.querySelector<HTMLFormElement>('[part~="password-prompt"]')!;
    expect(prompt.textContent).to.contain('durch ein Passwort geschützt');
    expect(prompt.querySelector('input')!.getAttribute('aria-label')).to.equal('Passwort');
    expect(prompt.querySelector('button')!.textContent!.trim()).to.equal('Öffnen');
  });

  it('says in German why a document failed, keeping the event message for the host', async () => {
    const viewer = mountViewer({ locale: 'de' });
    const messages: string[] = [];
    viewer.addEventListener('document-error', (event) => messages.push((event as CustomEvent<{ message: string }>).detail.message));
    await viewer.load(`${CORPUS}/does-not-exist.pdf`).catch(() => undefined);
    await viewer.updateComplete;
    const error = viewer.shadowRoot!.querySelector('[part~="error"]')!;
    expect(error.textContent).to.contain('nicht gefunden');
    expect(error.textContent).to.contain('404');
    expect(messages[0]).to.contain('not found');
  });

  it('labels the progress bar in German while loading', async () => {
    const viewer = mountViewer({ locale: 'de' });
    viewer.src = `${CORPUS}/pdfjs/annotation-line.pdf`;
    await viewer.updateComplete;
    const progress = viewer.shadowRoot!.querySelector('[part~="progress"]');
    // The bar may already be gone on a fast machine; when it is there it speaks German.
    if (progress) expect(progress.getAttribute('aria-label')).to.equal('Dokument wird geladen');
  });

  it('names pages as regions "Seite 3 von 8", and again when the language changes', async () => {
    const viewer = await blankViewer(
      Array.from({ length: 8 }, () => ({ width: 200, height: 150 })),
      { zoom: '1', locale: 'de' },
    );
    const third = page(viewer, 2);
    expect(third.getAttribute('role')).to.equal('region');
    expect(third.getAttribute('aria-label')).to.equal('Seite 3 von 8');
    expect(third.getAttribute('part')).to.equal('page');
    expect(third.getAttribute('data-page-index')).to.equal('2');
    viewer.locale = 'en';
    await viewer.updateComplete;
    expect(third.getAttribute('aria-label')).to.equal('Page 3 of 8');
  });

  it('formats large page numbers with Intl ("Seite 1.000 von 1.000")', async () => {
    const viewer = await blankViewer(
      Array.from({ length: 1000 }, () => ({ width: 100, height: 100 })),
      { zoom: '1', locale: 'de' },
    );
    expect(page(viewer, 999).getAttribute('aria-label')).to.equal('Seite 1.000 von 1.000');
  });

  it('shows a note popover in German with a German date, and names the note "Notiz: …"', async () => {
    const viewer = await blankViewer([{ width: 400, height: 300 }], { zoom: '1', locale: 'de' });
    const note = await draw(viewer, { type: 'pspdfkit/note', pageIndex: 0, bbox: [100, 100, 24, 24], color: '#ffd400', text: { format: 'plain', value: '' }, creatorName: 'Ana' } as never);
    const box = annotationBox(viewer, note.id)!;
    expect(box.getAttribute('aria-label')).to.equal('Notiz');
    const rect = box.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(rect.left + 8), Math.round(rect.top + 8)] });
    const popover = viewer.shadowRoot!.querySelector<HTMLElement>('[part~="note-popover"]')!;
    await waitFor(() => !popover.hidden, 'the popover to open');
    expect(popover.getAttribute('aria-label')).to.equal('Notiz von Ana');
    expect(popover.querySelector('.note-text')!.getAttribute('data-empty')).to.equal('Kein Text');
    const date = popover.querySelector('time')!;
    const expected = new Intl.DateTimeFormat('de', { dateStyle: 'medium', timeStyle: 'short' }).format(Date.parse(note.updatedAt!));
    expect(date.textContent).to.equal(expected);
    expect(date.textContent).to.match(/\d{2}\.\d{2}\.\d{4}/);

    const withText = await draw(viewer, { type: 'pspdfkit/note', pageIndex: 0, bbox: [200, 100, 24, 24], color: '#ffd400', text: { format: 'plain', value: 'Bitte prüfen' } } as never);
    expect(annotationBox(viewer, withText.id)!.getAttribute('aria-label')).to.equal('Notiz: Bitte prüfen');

    // A change of language renames what is already drawn.
    viewer.locale = 'en';
    await viewer.updateComplete;
    await settled(viewer);
    expect(annotationBox(viewer, withText.id)!.getAttribute('aria-label')).to.equal('Note: Bitte prüfen');
  });

  it('names every drawn annotation, not only links and notes: type and text, in the viewer\'s language', async () => {
    const viewer = await blankViewer([{ width: 400, height: 300 }], { zoom: '1', locale: 'de' });
    const rect = await draw(viewer, { type: 'pspdfkit/shape/rectangle', pageIndex: 0, bbox: [20, 20, 80, 40], strokeColor: '#ff0000', strokeWidth: 2 } as never);
    const text = await draw(viewer, {
      type: 'pspdfkit/text', pageIndex: 0, bbox: [150, 20, 120, 40], text: { format: 'plain', value: 'Bitte anrufen' },
      fontSize: 12, fontColor: '#000000', horizontalAlign: 'left', verticalAlign: 'top',
    } as never);
    const drawnRect = annotationBox(viewer, rect.id)!;
    expect(drawnRect.getAttribute('role')).to.equal('img');
    expect(drawnRect.getAttribute('aria-label')).to.equal('Rechteck');
    expect(drawnRect.closest('[aria-hidden="true"]'), 'not hidden from assistive technology').to.equal(null);
    expect(annotationBox(viewer, text.id)!.getAttribute('aria-label')).to.equal('Text: Bitte anrufen');

    viewer.locale = 'en';
    await viewer.updateComplete;
    await settled(viewer);
    expect(annotationBox(viewer, rect.id)!.getAttribute('aria-label'), 'renamed in the new language').to.equal('Rectangle');
    expect(annotationBox(viewer, rect.id), 'renamed in place, not drawn again').to.equal(drawnRect);
    expect(annotationBox(viewer, text.id)!.getAttribute('aria-label')).to.equal('Text: Bitte anrufen');
  });

  it('announces a drawn rectangle, undo and redo in German in one polite region', async () => {
    const s = await setup('rectangle', { attributes: { locale: 'de' } });
    const region = liveRegion(s.viewer);
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.getBoundingClientRect().width).to.be.at.most(1);
    await drag(s, [
      [50, 50],
      [120, 90],
      [200, 150],
    ]);
    expect(s.changes.at(-1)?.source).to.equal('user');
    await announced(s.viewer, /Rechteck erstellt/);

    s.viewer.undo();
    const undone = await announced(s.viewer, /Rückgängig gemacht/);
    expect(undone).to.not.contain('gelöscht');
    s.viewer.redo();
    await announced(s.viewer, /Wiederhergestellt/);
  });

  it('announces the document, tool and zoom changes, a burst as one message', async () => {
    const viewer = await blankViewer(
      Array.from({ length: 3 }, () => ({ width: 200, height: 150 })),
      { zoom: '1', locale: 'de' },
    );
    await announced(viewer, /Dokument geladen, 3 Seiten/);
    viewer.tool = 'ink';
    viewer.zoom = 1.5;
    viewer.zoom = 2;
    const text = await announced(viewer, /Zoom/);
    expect(text).to.contain('Werkzeug: Freihand');
    expect(text).to.match(/Zoom 200\s%/u);
    expect(text).to.not.contain('150');
  });

  it('announces a deletion with the type name, and an API change not at all', async () => {
    const viewer = await blankViewer([{ width: 400, height: 300 }], { zoom: '1', locale: 'de' });
    await announced(viewer, /Dokument geladen/);
    const line = await draw(viewer, { type: 'pspdfkit/shape/line', pageIndex: 0, bbox: [10, 10, 100, 100], startPoint: [10, 10], endPoint: [110, 110], strokeColor: '#000000', strokeWidth: 2 } as never);
    viewer.selectedAnnotationIds = [line.id];
    await settled(viewer);
    viewer.focus();
    await sendKeys({ press: 'Delete' });
    await announced(viewer, /Linie gelöscht/);
    expect(liveRegion(viewer).textContent).to.not.contain('erstellt');
  });
});
