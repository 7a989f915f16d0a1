/**
 * HTML and script in every piece of text a document can carry — note text,
 * free text, `creatorName`, custom stamp titles, `customData`, form values,
 * a PDF's own /Contents and /T — shows as literal text, and no element is
 * made from it. SVG and HTML attachments never become pictures; a PDF's
 * OpenAction and field scripts never run. Each case checks the traps of
 * hostile-kit.ts: nothing ran, nothing crashed, nothing opened.
 */
import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';
import type { Annotation, AnnotationInput, InstantJson } from '../../src/model/index.js';
import { annotationBox, blankViewer, draw, settled } from '../helpers/annotation-kit.js';
import { FORMAT, clickOn, control, formValues, formViewer, typeInto, value } from '../helpers/form-kit.js';
import { formPdf } from '../helpers/form-pdf.js';
import {
  HTML_PAYLOAD,
  SCRIPT_PAYLOAD,
  activeElements,
  hostilePdf,
  letTasksRun,
  quietProblems,
  setTraps,
  shadowText,
  type Traps,
} from '../helpers/hostile-kit.js';
import { cleanupViewers, mountViewer, nextEvent, renderedCanvas, waitFor } from '../helpers/viewer-fixture.js';

let traps: Traps;

/** The style keys a free text record must have, so that only the hostile text is unusual. */
const TEXT_STYLE = { fontColor: '#000000', horizontalAlign: 'left', verticalAlign: 'top' } as const;

function popover(viewer: InstantPdfViewer): HTMLElement {
  return viewer.shadowRoot!.querySelector<HTMLElement>('[part~="note-popover"]')!;
}

/** Clicks an annotation's drawing with the real mouse and waits for the note popover. */
async function openPopover(viewer: InstantPdfViewer, id: string): Promise<HTMLElement> {
  const box = await waitFor(() => annotationBox(viewer, id), `annotation ${id}`);
  const rect = box.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)] });
  await waitFor(() => !popover(viewer).hidden, 'the note popover');
  return popover(viewer);
}

/** Nothing ran, crashed or opened; no element of the viewer came from the data. */
async function expectInert(viewer: InstantPdfViewer): Promise<void> {
  await letTasksRun();
  expect(quietProblems(traps)).to.deep.equal([]);
  expect(activeElements(viewer).map((element) => element.outerHTML.slice(0, 80))).to.deep.equal([]);
}

async function drawn(input: Record<string, unknown>): Promise<{ viewer: InstantPdfViewer; annotation: Annotation }> {
  const viewer = await blankViewer([{ width: 400, height: 300 }]);
  const annotation = await draw(viewer, { pageIndex: 0, ...input } as AnnotationInput);
  return { viewer, annotation };
}

async function base64Of(text: string): Promise<string> {
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)));
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

describe('security: hostile text and documents', () => {
  beforeEach(() => {
    traps = setTraps();
  });
  afterEach(async () => {
    traps.release();
    await resetMouse();
    cleanupViewers();
  });

  it('the traps work: markup made from the payload in the page runs, and is caught', async () => {
    const host = document.createElement('div');
    // A broken data: image errors without a network request.
    host.innerHTML = '<img src="data:image/png;base64,AA" onerror="window.__pwned=1">';
    document.body.append(host);
    await letTasksRun(300);
    host.remove();
    expect(traps.pwned.length, 'the img onerror ran and was trapped').to.be.greaterThan(0);
    traps.pwned.length = 0;
  });

  describe('HTML in annotation text shows as text', () => {
    it('note text (plain) in the popover', async () => {
      const { viewer, annotation } = await drawn({ type: 'pspdfkit/note', bbox: [100, 100, 24, 24], color: '#ffd400', text: HTML_PAYLOAD });
      const shown = await openPopover(viewer, annotation.id);
      expect(shown.textContent).to.contain(SCRIPT_PAYLOAD);
      await expectInert(viewer);
    });

    it('note text (xhtml) in the popover: its text only, none of its elements', async () => {
      const { viewer, annotation } = await drawn({ type: 'pspdfkit/note', bbox: [100, 100, 24, 24], color: '#ffd400', text: { format: 'xhtml', value: `<p>Visible</p>${HTML_PAYLOAD}` } });
      const shown = await openPopover(viewer, annotation.id);
      expect(shown.textContent).to.contain('Visible');
      expect(shown.querySelector('p, b, img, svg, script, iframe')).to.equal(null);
      await expectInert(viewer);
    });

    it('creatorName of a note in the popover', async () => {
      const { viewer, annotation } = await drawn({ type: 'pspdfkit/note', bbox: [100, 100, 24, 24], color: '#ffd400', text: 'hi', creatorName: HTML_PAYLOAD });
      const shown = await openPopover(viewer, annotation.id);
      expect(shown.textContent).to.contain(SCRIPT_PAYLOAD);
      await expectInert(viewer);
    });

    it('comment marker text in the popover', async () => {
      const { viewer, annotation } = await drawn({ type: 'pspdfkit/comment-marker', bbox: [100, 100, 24, 24], text: HTML_PAYLOAD });
      const shown = await openPopover(viewer, annotation.id);
      expect(shown.textContent).to.contain(SCRIPT_PAYLOAD);
      await expectInert(viewer);
    });

    it('free text (plain) on the page', async () => {
      const { viewer, annotation } = await drawn({ type: 'pspdfkit/text', bbox: [20, 20, 360, 200], text: HTML_PAYLOAD, fontSize: 10, ...TEXT_STYLE });
      expect(annotationBox(viewer, annotation.id)!.textContent).to.contain(SCRIPT_PAYLOAD);
      await expectInert(viewer);
    });

    it('free text (xhtml) on the page: its text only', async () => {
      const { viewer, annotation } = await drawn({
        type: 'pspdfkit/text',
        bbox: [20, 20, 360, 200],
        text: { format: 'xhtml', value: `<p>Visible</p>${HTML_PAYLOAD}` },
        fontSize: 10,
        ...TEXT_STYLE,
      });
      expect(annotationBox(viewer, annotation.id)!.textContent).to.contain('Visible');
      await expectInert(viewer);
    });

    it('creatorName of a selected free text (inspector and labels)', async () => {
      const { viewer, annotation } = await drawn({ type: 'pspdfkit/text', bbox: [20, 20, 200, 60], text: 'x', fontSize: 10, ...TEXT_STYLE, creatorName: HTML_PAYLOAD });
      viewer.selectedAnnotationIds = [annotation.id];
      await settled(viewer);
      await expectInert(viewer);
    });

    it('custom stamp title', async () => {
      const { viewer, annotation } = await drawn({ type: 'pspdfkit/stamp', bbox: [20, 20, 300, 80], stampType: 'Custom', title: HTML_PAYLOAD });
      expect(annotationBox(viewer, annotation.id)!.textContent).to.contain('<script>');
      await expectInert(viewer);
    });

    it('custom stamp subtitle', async () => {
      const { viewer, annotation } = await drawn({ type: 'pspdfkit/stamp', bbox: [20, 20, 300, 80], stampType: 'Custom', title: 'OK', subtitle: HTML_PAYLOAD });
      expect(annotationBox(viewer, annotation.id)!.textContent).to.contain('<script>');
      await expectInert(viewer);
    });

    it('a stamp whose stampType is HTML is refused with an InstantJsonError naming stampType', async () => {
      const viewer = await blankViewer([{ width: 400, height: 300 }]);
      const create = () => viewer.createAnnotation({ type: 'pspdfkit/stamp', pageIndex: 0, bbox: [20, 20, 300, 80], stampType: HTML_PAYLOAD } as never);
      expect(create).to.throw().with.property('path', 'stampType');
      await settled(viewer);
      expect(viewer.shadowRoot!.querySelectorAll('[data-annotation-id]').length).to.equal(0);
      await expectInert(viewer);
    });

    it('the note (comment) of a rectangle, selected', async () => {
      const { viewer, annotation } = await drawn({ type: 'pspdfkit/shape/rectangle', bbox: [20, 20, 100, 60], strokeColor: '#ff0000', strokeWidth: 2, note: HTML_PAYLOAD });
      viewer.selectedAnnotationIds = [annotation.id];
      await settled(viewer);
      await expectInert(viewer);
    });

    it('customData survives export unchanged and is drawn nowhere', async () => {
      const customData = { html: HTML_PAYLOAD, nested: { list: [SCRIPT_PAYLOAD], onerror: 'window.__pwned=1' } };
      const { viewer, annotation } = await drawn({ type: 'pspdfkit/text', bbox: [20, 20, 200, 60], text: 'x', fontSize: 10, ...TEXT_STYLE, customData });
      viewer.selectedAnnotationIds = [annotation.id];
      await settled(viewer);
      const exported = viewer.exportInstantJson().annotations!.find((each) => each.id === annotation.id)!;
      expect(exported.customData).to.deep.equal(customData);
      expect(shadowText(viewer)).not.to.contain('window.__pwned');
      await expectInert(viewer);
    });

    it('HTML in an imported annotation id and an unknown annotation type', async () => {
      const viewer = await blankViewer([{ width: 400, height: 300 }]);
      const json = {
        format: FORMAT,
        annotations: [
          { v: 2, id: `"><img src=x onerror="window.__pwned=1">`, type: 'pspdfkit/text', pageIndex: 0, bbox: [20, 20, 200, 60], text: { format: 'plain', value: 'x' }, fontSize: 10, ...TEXT_STYLE },
          { v: 2, id: 'unknown', type: `pspdfkit/${SCRIPT_PAYLOAD}`, pageIndex: 0, bbox: [20, 100, 50, 50] },
        ],
      } as unknown as InstantJson;
      let refused: Error | undefined;
      await viewer.importInstantJson(json).catch((error: Error) => (refused = error));
      await settled(viewer);
      if (refused) expect(refused.name).to.equal('InstantJsonError');
      else expect(annotationBox(viewer, String(json.annotations![0]!.id)), 'the record with the HTML id is drawn').to.exist;
      await expectInert(viewer);
    });
  });

  describe('form values', () => {
    it('an HTML text-field value from formFieldValues is the input’s value, not markup', async () => {
      const viewer = await formViewer(await formPdf());
      await viewer.importInstantJson({ format: FORMAT, formFieldValues: [value('name', HTML_PAYLOAD), value('notes', HTML_PAYLOAD)] });
      await settled(viewer);
      expect(control(viewer, 'name').value).to.equal(HTML_PAYLOAD);
      expect(control<HTMLTextAreaElement>(viewer, 'notes').value).to.equal(HTML_PAYLOAD);
      await expectInert(viewer);
    });

    it('an HTML value for a combo box that has no such option', async () => {
      const viewer = await formViewer(await formPdf());
      await viewer.importInstantJson({ format: FORMAT, formFieldValues: [value('city', HTML_PAYLOAD)] }).catch((error: Error) => {
        expect(error.name).to.equal('InstantJsonError');
      });
      await settled(viewer);
      await expectInert(viewer);
    });

    it('HTML typed into a field is kept as typed and exported as text', async () => {
      const viewer = await formViewer(await formPdf());
      await typeInto(control(viewer, 'name'), '<img src=x onerror=window.__pwned=1>');
      await clickOn(control(viewer, 'zip'));
      expect(formValues(viewer.exportInstantJson())['name']).to.equal('<img src=x onerror=window.__pwned=1>');
      await expectInert(viewer);
    });

    it('a PDF form with OpenAction, keystroke, format, calculate and button scripts runs none of them', async () => {
      const alerts: unknown[] = [];
      const realAlert = window.alert;
      window.alert = (message?: unknown) => void alerts.push(message);
      try {
        const viewer = await formViewer(await formPdf({ scripts: true }));
        await typeInto(control(viewer, 'scripted'), 'typed');
        await clickOn(control(viewer, 'name'));
        expect(formValues(viewer.exportInstantJson())['scripted']).to.equal('typed');
        expect(alerts).to.deep.equal([]);
        await expectInert(viewer);
      } finally {
        window.alert = realAlert;
      }
    });
  });

  describe("a PDF's own hostile parts", () => {
    async function pdfViewer(bytes: Uint8Array): Promise<InstantPdfViewer> {
      const viewer = mountViewer({ zoom: '1' });
      const loaded = nextEvent(viewer, 'document-loaded');
      viewer.src = bytes;
      await loaded;
      await renderedCanvas(viewer, 0);
      await settled(viewer);
      return viewer;
    }

    it('/Contents and /T of a Text annotation show as text in the popover', async () => {
      const viewer = await pdfViewer(await hostilePdf({ note: { contents: `Contents ${HTML_PAYLOAD}`, author: `Author ${SCRIPT_PAYLOAD}` } }));
      const [note] = await viewer.getAnnotations(0);
      expect(note, 'the PDF note is read').to.exist;
      const shown = await openPopover(viewer, note!.id);
      expect(shown.textContent).to.contain(`Contents ${HTML_PAYLOAD}`);
      expect(shown.textContent).to.contain(`Author ${SCRIPT_PAYLOAD}`);
      await expectInert(viewer);
    });

    it('an /OpenAction and a document-level /JavaScript name tree never run', async () => {
      const viewer = await pdfViewer(await hostilePdf({ openActionScript: 'window.__pwned=1; app.alert(1)' }));
      expect(viewer.pageCount).to.equal(1);
      await letTasksRun(400);
      await expectInert(viewer);
    });
  });

  describe('attachments that are not PNG or JPEG', () => {
    const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="window.__pwned=1"><script>window.__pwned=2</script><rect width="10" height="10"/></svg>`;
    const HTML = `<!doctype html><script>window.__pwned=3</script>`;
    const CASES: ReadonlyArray<readonly [string, string, string, string]> = [
      ['an SVG with script, declared image/svg+xml', SVG, 'image/svg+xml', 'image/svg+xml'],
      ['an SVG with script, declared image/png', SVG, 'image/png', 'image/png'],
      ['HTML with script, declared image/jpeg', HTML, 'image/jpeg', 'image/jpeg'],
    ];
    for (const [what, content, attachmentType, recordType] of CASES) {
      it(`${what}: never drawn as a picture, nothing runs`, async () => {
        const viewer = await blankViewer([{ width: 400, height: 300 }]);
        const key = await sha256Hex(content);
        const json = {
          format: FORMAT,
          annotations: [{ v: 2, id: 'picture', type: 'pspdfkit/image', pageIndex: 0, bbox: [20, 20, 200, 120], imageAttachmentId: key, contentType: recordType }],
          attachments: { [key]: { binary: await base64Of(content), contentType: attachmentType } },
        } as unknown as InstantJson;
        let error: Error | undefined;
        await viewer.importInstantJson(json).catch((rejected: Error) => (error = rejected));
        if (error) expect(error.name, 'a refusal is an InstantJsonError').to.equal('InstantJsonError');
        await settled(viewer);
        const images = [...viewer.shadowRoot!.querySelectorAll('img, image')].map((image) => image.getAttribute('src') ?? image.getAttribute('href') ?? '');
        expect(images.filter((src) => !/^data:image\/(png|jpeg);/.test(src) && src !== '')).to.deep.equal([]);
        if (!error) expect(annotationBox(viewer, 'picture'), 'shown as a placeholder').to.exist;
        await expectInert(viewer);
      });
    }
  });
});
