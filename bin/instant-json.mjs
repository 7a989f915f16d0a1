#!/usr/bin/env node
// instant-json: apply Instant JSON to a PDF, or check an Instant JSON file,
// on a server or in a build step. Plain Node ESM over the package's build
// (dist/pdf-writer and dist/model): the same code the browser runs, so the
// same input gives the same bytes.
//
// Exit codes: 0 done (or "valid"), 1 the input was refused or could not be
// written (the reasons are on stderr), 2 bad usage.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { collectErrors, pdfIdProblem, readPdfFacts } from './validate-instant-json.mjs';
import { ProgressReporter } from './progress.mjs';
import { writeFileAtomically } from './write-atomically.mjs';

const USAGE = `Usage:
  instant-json apply <in.pdf> <changes.json> -o <out.pdf> [--flatten]
                     [--quiet | --progress]
  instant-json validate <changes.json> [--pdf <in.pdf>]
  instant-json --help

apply      Writes the annotations, comments and form values of an Instant JSON
           document into the PDF. By default as an incremental update: the
           original bytes stay an exact prefix of the output and /ID[0] is kept,
           so the same Instant JSON still matches the saved file.
           --flatten    draw annotations and form fields into the pages instead
                        (a full rewrite; redactions and links stay annotations)
           --quiet      no progress on stderr (by default it shows once a
                        run takes longer than a second)
           --progress   progress on stderr from the start
           The output is written to a temporary file beside it and renamed, so
           a reader never sees half a file; -o may name the input itself.
validate   Checks an Instant JSON file and prints each problem with its JSON
           path, one per line. With --pdf, also checks that its pdfId matches
           the PDF's trailer /ID and that every pageIndex exists in the PDF.

Exit codes: 0 done or valid, 1 invalid input or a failed write, 2 bad usage.`;

class UsageError extends Error {}

const COMMANDS = {
  apply: {
    options: {
      output: { type: 'string', short: 'o' },
      flatten: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      progress: { type: 'boolean' },
    },
    positionals: ['in.pdf', 'changes.json'],
    run: apply,
  },
  validate: {
    options: { pdf: { type: 'string' } },
    positionals: ['changes.json'],
    run: validate,
  },
};

const say = (line) => process.stderr.write(`instant-json: ${line}\n`);

/** The command, its positionals and options, or a UsageError. */
function parseCommandLine(argv) {
  const [name, ...rest] = argv;
  if (name === undefined) throw new UsageError('no command given');
  if (name === '--help' || name === '-h' || name === 'help') return { help: true };
  const command = COMMANDS[name];
  if (!command) throw new UsageError(`unknown command "${name}"`);
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const unknown = /^Unknown option '([^']+)'/.exec(error.message);
    throw new UsageError(unknown ? `unknown option ${unknown[1]}` : error.message);
  }
  if (parsed.values.help) return { help: true };
  if (parsed.positionals.length !== command.positionals.length) {
    throw new UsageError(`${name} takes ${command.positionals.map((p) => `<${p}>`).join(' ')}, got ${parsed.positionals.length} argument(s)`);
  }
  for (const [key, value] of Object.entries(parsed.values)) {
    if (value === '') throw new UsageError(`--${key} needs a value`);
  }
  return { command, positionals: parsed.positionals, values: parsed.values };
}

/** Reads a file named on the command line, with an error that names it. */
async function readInput(file, what) {
  try {
    return await readFile(file);
  } catch (error) {
    throw new InputError(`cannot read ${what} ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  }
}

/** Refused input: printed as is, exit code 1. */
class InputError extends Error {}

async function apply([pdfFile, jsonFile], values) {
  if (!values.output) throw new UsageError('apply needs -o <out.pdf>');
  const { applyInstantJson } = await import('../dist/pdf-writer/index.js');
  const pdf = new Uint8Array(await readInput(pdfFile, 'the PDF'));
  const json = (await readInput(jsonFile, 'the Instant JSON')).toString('utf8');
  if (values.quiet && values.progress) throw new UsageError('--quiet and --progress contradict each other');
  const mode = values.quiet ? 'never' : values.progress ? 'always' : 'auto';
  const progress = new ProgressReporter({ mode, stream: process.stderr, label: path.basename(pdfFile) });
  const options = {
    flatten: values.flatten === true,
    onProgress: (done, total) => progress.update(done, total),
    onWarning: (message) => progress.interrupt(() => say(`warning: ${message}`)),
  };
  let output;
  try {
    output = await applyInstantJson(pdf, json, options);
  } catch (error) {
    progress.finish();
    if (error?.name !== 'InstantJsonError') throw error;
    await printInvalid(error, json);
    return 1;
  }
  progress.finish();
  await writeFileAtomically(values.output, output);
  if (progress.printed) say(`wrote ${values.output} (${output.length} bytes)`);
  return 0;
}

/** Every problem of JSON that apply refused, each with its path, on stderr. */
async function printInvalid(error, jsonText) {
  say('the Instant JSON is invalid:');
  let problems = [];
  try {
    problems = collectErrors(await import('../dist/model/index.js'), JSON.parse(jsonText));
  } catch {
    // Not JSON text: the writer's own message says where.
  }
  const prefix = `${error.path === '' ? 'Instant JSON' : error.path}: `;
  const detail = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
  const first = `${error.path === '' ? '(document)' : error.path}: ${detail}`;
  const lines = problems.map((p) => `${p.path === '' ? '(document)' : p.path}: ${p.message}`);
  // A page index past the PDF's end is only seen with the PDF: keep the writer's word.
  if (!lines.includes(first)) lines.unshift(first);
  for (const line of lines) process.stderr.write(`  ${line}\n`);
}

async function validate([jsonFile], values) {
  const model = await import('../dist/model/index.js');
  const text = (await readInput(jsonFile, 'the Instant JSON')).toString('utf8');
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    console.log(`(document): not valid JSON text: ${error.message}`);
    return 1;
  }
  const facts = values.pdf ? await readPdfFacts(new Uint8Array(await readInput(values.pdf, 'the PDF'))) : undefined;
  const problems = collectErrors(model, doc, { pageCount: facts?.pageCount });
  const idProblem = facts ? pdfIdProblem(doc, facts) : undefined;
  if (idProblem && !problems.some((p) => p.path === idProblem.path)) problems.push(idProblem);
  if (problems.length === 0) {
    console.log('valid');
    return 0;
  }
  for (const { path: where, message } of problems) console.log(`${where === '' ? '(document)' : where}: ${message}`);
  return 1;
}

async function main(argv) {
  let parsed;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    say(error.message);
    process.stderr.write(`\n${USAGE}\n`);
    return 2;
  }
  if (parsed.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    return await parsed.command.run(parsed.positionals, parsed.values);
  } catch (error) {
    if (error instanceof UsageError) {
      say(error.message);
      process.stderr.write(`\n${USAGE}\n`);
      return 2;
    }
    return report(error);
  }
}

/** Prints why a command failed; exit code 1. */
function report(error) {
  if (error?.name === 'InstantJsonError') {
    say(`the Instant JSON is invalid: ${error.message}`);
  } else if (error?.name === 'PdfWriteError' || error instanceof InputError) {
    say(error.message);
  } else {
    say(`failed: ${error?.message ?? error}`);
    if (process.env.INSTANT_JSON_DEBUG) process.stderr.write(`${error?.stack ?? ''}\n`);
  }
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`instant-json: unexpected error: ${error?.stack ?? error}\n`);
    process.exitCode = 1;
  },
);
