/**
 * What the link editor makes of what people type: a bare host name is an
 * https link, a bare e-mail address a mailto link, a page number a page;
 * javascript:, data:, file: and other schemes are refused with a message.
 * Typed with the real keyboard into the editor the `link` tool opens.
 */
import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';
import { parseLinkTarget } from '../../src/tools/link-editor.js';
import { blankViewer, settled } from '../helpers/annotation-kit.js';
import { cleanupViewers } from '../helpers/viewer-fixture.js';
import { drawLink, editor, links } from './link-kit.js';

const PAGES = [
  { width: 400, height: 300 },
  { width: 400, height: 300 },
];

/** Draws a link, types `text`, presses Enter; the form when it stayed open. */
async function answer(viewer: InstantPdfViewer, text: string): Promise<HTMLFormElement | null> {
  const form = await drawLink(viewer);
  await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
  await settled(viewer);
  return editor(viewer) === form ? form : null;
}

describe('link editor input', () => {
  afterEach(async () => {
    await resetMouse();
    cleanupViewers();
  });

  it('example.com typed into the editor makes a link to https://example.com', async () => {
    const viewer = await blankViewer(PAGES);
    const open = await answer(viewer, 'example.com');
    expect(open?.querySelector('[role="alert"]')?.textContent ?? 'closed', 'the editor closed').to.equal('closed');
    expect(links(viewer).map((link) => link.action)).to.deep.equal([{ type: 'uri', uri: 'https://example.com' }]);
  });

  it('javascript:alert(1) is refused with a message and makes nothing; a page number still means a page', async () => {
    const viewer = await blankViewer(PAGES);
    const form = await answer(viewer, 'javascript:alert(1)');
    expect(form !== null, 'still open').to.equal(true);
    expect(form!.querySelector('input')!.getAttribute('aria-invalid')).to.equal('true');
    expect(form!.querySelector('[role="alert"]')!.textContent).to.equal('Links to "javascript:" addresses are not allowed; use https://, http:// or mailto:.');
    expect(links(viewer)).to.deep.equal([]);
    form!.querySelector('input')!.select();
    await sendKeys({ type: '2' });
    await sendKeys({ press: 'Enter' });
    await settled(viewer);
    expect(links(viewer).map((link) => link.action)).to.deep.equal([{ type: 'goTo', pageIndex: 1 }]);
  });

  it('parseLinkTarget: scheme assumed only for a bare host or e-mail address; other schemes refused', () => {
    const uri = (text: string) => {
      const result = parseLinkTarget(text, 2);
      return 'action' in result ? result.action : result.error;
    };
    expect(uri(' example.com ')).to.deep.equal({ type: 'uri', uri: 'https://example.com' });
    expect(uri('www.example.org/a/b?c=1#d')).to.deep.equal({ type: 'uri', uri: 'https://www.example.org/a/b?c=1#d' });
    expect(uri('example.com:8080/x')).to.deep.equal({ type: 'uri', uri: 'https://example.com:8080/x' });
    expect(uri('bücher.de')).to.deep.equal({ type: 'uri', uri: 'https://bücher.de' });
    expect(uri('someone@example.com')).to.deep.equal({ type: 'uri', uri: 'mailto:someone@example.com' });
    expect(uri('http://example.com')).to.deep.equal({ type: 'uri', uri: 'http://example.com' });
    expect(uri('2')).to.deep.equal({ type: 'goTo', pageIndex: 1 });
    for (const refused of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'vbscript:msgbox(1)', 'ftp://example.com', 'javascript.com:alert(1)']) {
      expect(uri(refused), refused).to.match(/^Links to ".+" addresses are not allowed/);
    }
    for (const notUrl of ['example', 'example .com', '1.5', 'www.example.com and more']) {
      expect(uri(notUrl), notUrl).to.match(/^That is not a web address/);
    }
  });
});
