// `instant-json validate`: every problem of an Instant JSON document with its
// JSON path, not only the first one the model's validator stops at, and the
// facts of a PDF it is checked against (page count, trailer /ID).

/** Sections that hold one record per item; each item is checked on its own. */
const ARRAY_SECTIONS = ['skippedPdfObjectIds', 'annotations', 'formFieldValues', 'bookmarks', 'comments'];
/** More lines than this are summarised: a broken export can have thousands. */
const MAX_PROBLEMS = 200;

const isPlainObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

/** `{ path, message }` of an InstantJsonError, the message without its leading path. */
function problemOf(error) {
  if (error?.name !== 'InstantJsonError' || typeof error.path !== 'string') throw error;
  const prefix = `${error.path === '' ? 'Instant JSON' : error.path}: `;
  const message = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
  return { path: error.path, message };
}

/** The problem `validate(doc)` reports, or undefined when there is none. */
function firstProblem(model, doc, options) {
  try {
    model.validateInstantJson(doc, options);
    return undefined;
  } catch (error) {
    return problemOf(error);
  }
}

/** `section[i]` of the probe documents → `section[index]` of the real one, in paths and messages. */
function renumber(problem, section, realIndex) {
  const pattern = new RegExp(`^${section}\\[(\\d+)\\]|(?<=\\b${section}\\[)(\\d+)(?=\\])`, 'g');
  const replace = (text) =>
    text.replace(pattern, (match, atStart, inside) => {
      const index = realIndex(Number(atStart ?? inside));
      return atStart === undefined ? String(index) : `${section}[${index}]`;
    });
  return { path: replace(problem.path), message: replace(problem.message) };
}

/** The section and index a problem's path starts with, if any. */
function recordOf(path) {
  const match = /^(\w+)\[(\d+)\]/.exec(path);
  return match && ARRAY_SECTIONS.includes(match[1]) ? { section: match[1], index: Number(match[2]) } : undefined;
}

/**
 * Every problem of `doc`, not only the first: the model checks each record
 * in a document of its own (its problem is moved back to the record's real
 * path), then the document made of the records that passed, again and again,
 * each time without the record it objected to, for problems that take two
 * records to see (two records with the same id).
 *
 * @param {typeof import('../dist/model/index.js')} model
 * @param {unknown} doc parsed JSON
 * @param {{ pageCount?: number }} options
 * @returns {{ path: string, message: string }[]}
 */
export function collectErrors(model, doc, options = {}) {
  const validateOptions = options.pageCount === undefined ? undefined : { pageCount: options.pageCount };
  const whole = firstProblem(model, doc, validateOptions);
  if (!whole) return [];
  // Without an object and its format, nothing else can be read.
  if (!isPlainObject(doc) || whole.path === '' || whole.path === 'format') return [whole];

  const found = [];
  const seen = new Set();
  const add = (problem) => {
    const key = `${problem.path}\u0000${problem.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      found.push(problem);
    }
  };

  // The document's own keys (format, pdfId, a section that is not an array…).
  const shell = { ...doc };
  for (const key of ARRAY_SECTIONS) if (Array.isArray(doc[key])) shell[key] = [];
  if (isPlainObject(doc.attachments)) shell.attachments = {};
  const shellProblem = firstProblem(model, shell, validateOptions);
  if (shellProblem) add(shellProblem);

  // Each record alone. `passed[section]` keeps the real indices of the good ones.
  const base = { format: doc.format };
  const passed = {};
  for (const section of ARRAY_SECTIONS) {
    const items = doc[section];
    if (!Array.isArray(items)) continue;
    passed[section] = [];
    for (let index = 0; index < items.length; index++) {
      const problem = firstProblem(model, { ...base, [section]: [items[index]] }, validateOptions);
      if (problem) add(renumber(problem, section, () => index));
      else passed[section].push(index);
    }
  }
  const goodAttachments = {};
  if (isPlainObject(doc.attachments)) {
    for (const [id, attachment] of Object.entries(doc.attachments)) {
      const problem = firstProblem(model, { ...base, attachments: { [id]: attachment } }, validateOptions);
      if (problem) add(problem);
      else goodAttachments[id] = attachment;
    }
  }

  // The good records together, for problems between records.
  for (let round = 0; round < MAX_PROBLEMS && found.length < MAX_PROBLEMS; round++) {
    // Only the records: the document's own keys were checked above.
    const together = { ...base };
    if (isPlainObject(doc.attachments)) together.attachments = goodAttachments;
    for (const [section, indices] of Object.entries(passed)) together[section] = indices.map((index) => doc[section][index]);
    const problem = firstProblem(model, together, validateOptions);
    if (!problem) break;
    const record = recordOf(problem.path);
    if (!record || record.index >= passed[record.section].length) {
      add(problem);
      break;
    }
    add(renumber(problem, record.section, (probeIndex) => passed[record.section][probeIndex] ?? probeIndex));
    passed[record.section].splice(record.index, 1);
  }

  // The model's own first word is always among them.
  if (!seen.has(`${whole.path}\u0000${whole.message}`)) found.unshift(whole);
  if (found.length > MAX_PROBLEMS) {
    const rest = found.length - MAX_PROBLEMS;
    return [...found.slice(0, MAX_PROBLEMS), { path: '', message: `… and ${rest} more problem${rest === 1 ? '' : 's'}` }];
  }
  return found;
}

function base64(bytes) {
  return Buffer.from(bytes).toString('base64');
}

/**
 * The page count and trailer /ID of a PDF, read with the writer's own PDF
 * library (not pdf.js, which needs a DOM). Encrypted files are read without
 * their password: neither the page tree's size nor /ID is encrypted.
 *
 * @param {Uint8Array} bytes
 * @returns {Promise<{ pageCount: number, id: [string, string] | null }>} /ID as base64
 */
export async function readPdfFacts(bytes) {
  const lib = await import('@cantoo/pdf-lib');
  let doc;
  try {
    doc = await lib.PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
  } catch (error) {
    throw Object.assign(new Error(`the PDF cannot be read: ${error?.message ?? error}`), { name: 'PdfWriteError' });
  }
  const trailerId = doc.context.trailerInfo.ID;
  const array = trailerId instanceof lib.PDFRef ? doc.context.lookup(trailerId) : trailerId;
  let id = null;
  if (array instanceof lib.PDFArray && array.size() > 0) {
    const at = (index) => {
      const item = array.get(Math.min(index, array.size() - 1));
      return item instanceof lib.PDFHexString || item instanceof lib.PDFString ? base64(item.asBytes()) : null;
    };
    const first = at(0);
    if (first !== null) id = [first, at(1) ?? first];
  }
  return { pageCount: doc.getPageCount(), id };
}

/**
 * Whether the document's `pdfId.permanent` names this PDF (its /ID[0], as
 * base64). A document without `pdfId`, or a PDF without /ID, is not checked:
 * the viewer and the writer accept both.
 */
export function pdfIdProblem(doc, facts) {
  const permanent = isPlainObject(doc) && isPlainObject(doc.pdfId) ? doc.pdfId.permanent : undefined;
  if (typeof permanent !== 'string' || !facts.id) return undefined;
  if (permanent === facts.id[0]) return undefined;
  return {
    path: 'pdfId.permanent',
    message: `"${permanent}" does not match the PDF's trailer /ID[0] "${facts.id[0]}": this Instant JSON was made for another PDF`,
  };
}
