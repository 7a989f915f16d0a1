/**
 * Hostile link actions, clicked with the select tool and a real mouse: no
 * URI other than http:, https: and mailto: opens, however its scheme is
 * disguised (case, whitespace, control characters, HTML character
 * references), whether it is the action itself, a nested `subAction`, a
 * `launch` / `goToRemote` / `javaScript` action, or a link in the PDF.
 * Nothing runs (a `window.__pwned` trap, CSP reports), nothing crashes, the
 * page does not navigate.
 */
import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';
import type { Action, AnnotationInput } from '../../src/model/index.js';
import { annotationBox, blankViewer, draw, settled, toClient, type Frame } from '../helpers/annotation-kit.js';
import { hostilePdf, letTasksRun, quietProblems, setTraps, type Traps } from '../helpers/hostile-kit.js';
import { cleanupViewers, mountViewer, nextEvent, renderedCanvas, waitFor } from '../helpers/viewer-fixture.js';

const FRAME: Frame = { width: 400, height: 300, rotate: 0 };
const LINK_BOX: [number, number, number, number] = [50, 60, 120, 40];

/** URIs whose scheme is not http:, https: or mailto: once a browser (or an HTML attribute) reads them. */
const HOSTILE_URIS: ReadonlyArray<readonly [string, string]> = [
  ['plain javascript:', 'javascript:window.__pwned=1'],
  ['upper-case JAVASCRIPT:', 'JAVASCRIPT:window.__pwned=1'],
  ['mixed case with a leading space', ' JaVaScRiPt:window.__pwned=1'],
  ['a tab inside the scheme', 'java\tscript:window.__pwned=1'],
  ['a newline inside the scheme', 'java\nscript:window.__pwned=1'],
  ['a carriage return inside the scheme', 'java\rscript:window.__pwned=1'],
  ['a leading NUL', '\u0000javascript:window.__pwned=1'],
  ['leading C0 control characters', '\u0001\u0008\u001fjavascript:window.__pwned=1'],
  ['a leading no-break space', '\u00a0javascript:window.__pwned=1'],
  ['trailing whitespace and a comment', 'javascript://%0awindow.__pwned=1 \t\n'],
  ['the colon as a decimal character reference', 'javascript&#58;window.__pwned=1'],
  ['the colon as a hex character reference', 'javascript&#x3A;window.__pwned=1'],
  ['the colon as a named character reference', 'javascript&colon;window.__pwned=1'],
  ['a tab as a character reference inside the scheme', 'java&#x09;script:window.__pwned=1'],
  ['data: HTML', 'data:text/html,<script>window.__pwned=1</script>'],
  ['data: HTML in base64', `data:text/html;base64,${btoa('<script>window.__pwned=1</script>')}`],
  ['data: SVG, mixed case with a leading space', ' DaTa:image/svg+xml,<svg onload="window.__pwned=1"/>'],
  ['vbscript:', 'vbscript:msgbox(1)'],
  ['VBScript: in mixed case', 'VbScRiPt:msgbox(1)'],
  ['file: on Unix', 'file:///etc/passwd'],
  ['FILE: on Windows', 'FILE:///C:/Windows/System32/calc.exe'],
  ['blob:', 'blob:http://localhost/00000000-0000-0000-0000-000000000000'],
];

/** Actions that are not URIs a browser may open, alone and as `subAction`s. */
const HOSTILE_ACTIONS: ReadonlyArray<readonly [string, Action]> = [
  ['launch of an executable', { type: 'launch', filePath: 'C:\\Windows\\System32\\calc.exe' }],
  ['launch with a javascript: path', { type: 'launch', filePath: 'javascript:window.__pwned=1' }],
  ['goToRemote to a file: URL', { type: 'goToRemote', relativePath: 'file:///etc/passwd', namedDestination: 'x' }],
  ['goToRemote with a javascript: path', { type: 'goToRemote', relativePath: 'javascript:window.__pwned=1', namedDestination: '' }],
  ['goToEmbedded', { type: 'goToEmbedded', newWindow: true, relativePath: 'javascript:window.__pwned=1', targetType: 'child' }],
  ['javaScript', { type: 'javaScript', script: 'window.__pwned=1' }],
  ['submitForm to javascript:', { type: 'submitForm', uri: 'javascript:window.__pwned=1', flags: [] }],
  ['goTo page 0, then a javascript: URI', { type: 'goTo', pageIndex: 0, subAction: { type: 'uri', uri: 'javascript:window.__pwned=1' } }],
  ['launch, then a data: URI', { type: 'launch', filePath: 'calc.exe', subAction: { type: 'uri', uri: 'data:text/html,<script>window.__pwned=1</script>' } }],
  [
    'three levels of sub-actions: goToRemote, vbscript:, javaScript',
    {
      type: 'goToRemote',
      relativePath: 'evil.pdf',
      namedDestination: 'x',
      subAction: { type: 'uri', uri: 'vbscript:msgbox(1)', subAction: { type: 'javaScript', script: 'window.__pwned=1' } },
    },
  ],
  ['a javascript: URI twenty sub-actions deep', nested(20, { type: 'uri', uri: 'javascript:window.__pwned=1' })],
];

/** `depth` `goTo` page 0 actions, the last one followed by `last`. */
function nested(depth: number, last: Action): Action {
  let action = last;
  for (let i = 0; i < depth; i++) action = { type: 'goTo', pageIndex: 0, subAction: action };
  return action;
}

let traps: Traps;

async function linkViewer(action: Action): Promise<InstantPdfViewer> {
  const viewer = await blankViewer([{ width: 400, height: 300 }]);
  const link = await draw(viewer, { type: 'pspdfkit/link', pageIndex: 0, bbox: LINK_BOX, action } as AnnotationInput);
  expect(annotationBox(viewer, link.id), 'the link is drawn').to.exist;
  return viewer;
}

/** A real click in the middle of the link box, with the select tool. */
async function clickLink(viewer: InstantPdfViewer, point: [number, number] = [110, 80]): Promise<void> {
  expect(viewer.tool).to.equal('select');
  const { x, y } = toClient(viewer, 0, point, FRAME);
  await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
  await settled(viewer);
  await letTasksRun();
}

describe('security: hostile link actions', () => {
  beforeEach(() => {
    traps = setTraps();
  });
  afterEach(async () => {
    traps.release();
    await resetMouse();
    cleanupViewers();
  });

  describe('URIs that must not open', () => {
    for (const [what, uri] of HOSTILE_URIS) {
      it(`${what}: ${JSON.stringify(uri).slice(0, 50)}`, async () => {
        const viewer = await linkViewer({ type: 'uri', uri });
        await clickLink(viewer);
        expect(quietProblems(traps)).to.deep.equal([]);
        expect(viewer.selectedAnnotationIds, 'a click on a dead link selects nothing').to.deep.equal([]);
      });
    }
  });

  describe('actions that must not open anything', () => {
    for (const [what, action] of HOSTILE_ACTIONS) {
      it(what, async () => {
        const viewer = await linkViewer(action);
        await clickLink(viewer);
        expect(quietProblems(traps)).to.deep.equal([]);
      });
    }
  });

  describe('what does open: http:, https:, mailto:', () => {
    for (const uri of ['http://example.com/a', 'https://example.com/b?q=1#c', 'mailto:someone@example.com']) {
      it(`${uri} opens once, and only it`, async () => {
        const viewer = await linkViewer({ type: 'uri', uri });
        await clickLink(viewer);
        expect(traps.opened).to.deep.equal([uri]);
        traps.opened.length = 0;
        expect(quietProblems(traps)).to.deep.equal([]);
      });
    }

    it('a javascript: URI with an https: sub-action opens only the https: one', async () => {
      const viewer = await linkViewer({ type: 'uri', uri: 'javascript:window.__pwned=1', subAction: { type: 'uri', uri: 'https://example.com/next' } });
      await clickLink(viewer);
      expect(traps.opened).to.deep.equal(['https://example.com/next']);
      traps.opened.length = 0;
      expect(quietProblems(traps)).to.deep.equal([]);
    });
  });

  describe('links in the PDF itself', () => {
    const PDF_LINKS: ReadonlyArray<readonly [string, Record<string, string>]> = [
      ['a /URI action to javascript:', { S: 'URI', URI: 'javascript:window.__pwned=1' }],
      ['a /JavaScript action', { S: 'JavaScript', JS: 'window.__pwned=1' }],
      ['a /Launch action', { S: 'Launch', F: 'calc.exe' }],
      ['a /GoToR action to a file: URL', { S: 'GoToR', F: 'file:///etc/passwd', D: 'x' }],
      ['a /URI action to data: HTML', { S: 'URI', URI: 'data:text/html,<script>window.__pwned=1</script>' }],
    ];
    PDF_LINKS.forEach(([what, action], i) => {
      it(`${what}: a click opens nothing and runs nothing`, async () => {
        const viewer = mountViewer({ zoom: '1' });
        const loaded = nextEvent(viewer, 'document-loaded');
        viewer.src = await hostilePdf({ linkActions: PDF_LINKS.map(([, each]) => each) });
        await loaded;
        await renderedCanvas(viewer, 0);
        await waitFor(() => viewer.shadowRoot!.querySelectorAll('[data-annotation-id]').length > 0 || undefined, 'the PDF links', 3000).catch(
          () => undefined,
        );
        await settled(viewer);
        // Link i covers x 100 + 60·i … 150 + 60·i, y 150 … 190 in PDF space: y 110 … 150 from the top.
        await clickLink(viewer, [125 + 60 * i, 130]);
        expect(quietProblems(traps)).to.deep.equal([]);
      });
    });
  });
});
