// Server rendering imports the package in Node, where pdf.js cannot even be
// evaluated (it touches DOMMatrix at the top level). The built entry points
// must import cleanly there; pdf.js is loaded only when a document is.
// The writer (dist/pdf-writer) is for Node too: servers apply Instant JSON with it.
const entries = ['../dist/index.js', '../dist/instant-pdf-viewer.js', '../dist/instant-pdf-viewer.component.js', '../dist/model/index.js', '../dist/pdf-writer/index.js'];
let failed = 0;
for (const entry of entries) {
  try {
    const module = await import(new URL(entry, import.meta.url).href);
    console.log(`ok: import ${entry.slice(3)} in Node (${Object.keys(module).length} exports)`);
  } catch (error) {
    failed++;
    console.error(`FAILED: import ${entry.slice(3)} in Node threw: ${error?.stack ?? error}`);
  }
}
process.exit(failed ? 1 : 0);
