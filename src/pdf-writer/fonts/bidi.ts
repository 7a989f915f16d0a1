/**
 * Visual order for a line of mixed left-to-right and right-to-left text: a
 * small form of the Unicode Bidirectional Algorithm (UAX #9) that covers what
 * free text and form values hold — Latin, Hebrew and Arabic letters, numbers
 * and the neutral characters between them — without explicit embeddings or
 * isolates. The paragraph is left-to-right, as in the viewer (its text
 * boxes are `dir="ltr"` like the page around them).
 *
 * The result is the line's level runs in the order they are drawn, each in
 * logical order with its direction: a right-to-left run is shaped and
 * reversed by the font's layout (fontkit does both for Arabic and Hebrew).
 */

/** A piece of a line in one direction, in logical order. */
export interface DirectionalRun {
  text: string;
  rtl: boolean;
}

type BidiClass = 'L' | 'R' | 'AL' | 'EN' | 'AN' | 'N' | 'NSM';

const HEBREW_AND_OTHER_RTL = /[\p{Script=Hebrew}\p{Script=Samaritan}\p{Script=Nko}\p{Script=Mandaic}\p{Script=Adlam}]/u;
const ARABIC_LETTER = /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}]/u;
const ARABIC_DIGIT = /[\u0660-\u0669\u066b\u066c\u06f0-\u06f9]/;
const MARK = /\p{M}/u;
const LETTER = /[\p{L}\p{Mc}]/u;
const DIGIT = /\p{Nd}/u;

function bidiClass(character: string): BidiClass {
  if (ARABIC_DIGIT.test(character)) return 'AN';
  if (MARK.test(character)) return 'NSM';
  if (ARABIC_LETTER.test(character)) return 'AL';
  if (HEBREW_AND_OTHER_RTL.test(character)) return 'R';
  if (DIGIT.test(character)) return 'EN';
  if (LETTER.test(character)) return 'L';
  return 'N';
}

/** Whether a line needs the algorithm at all (no right-to-left character: one left-to-right run). */
export function hasRightToLeft(text: string): boolean {
  return /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u.test(text);
}

/** Resolved embedding level of each character (0 left-to-right, 1 right-to-left, 2 numbers inside right-to-left). */
function levels(characters: readonly string[]): number[] {
  const classes = characters.map(bidiClass);
  // W1: marks take the class of what they mark.
  for (let i = 0; i < classes.length; i++) {
    if (classes[i] === 'NSM') classes[i] = i === 0 ? 'N' : classes[i - 1]!;
  }
  // W2, W3, W7: European digits after Arabic letters are Arabic numbers; AL is R; digits after L are L.
  let lastStrong: BidiClass = 'L';
  for (let i = 0; i < classes.length; i++) {
    const type = classes[i]!;
    if (type === 'L' || type === 'R' || type === 'AL') lastStrong = type;
    if (type === 'EN' && lastStrong === 'AL') classes[i] = 'AN';
    else if (type === 'EN' && lastStrong === 'L') classes[i] = 'L';
  }
  for (let i = 0; i < classes.length; i++) if (classes[i] === 'AL') classes[i] = 'R';
  // W4 (in part): one separator between two numbers of a kind joins them (1,000 / 3.5).
  for (let i = 1; i + 1 < classes.length; i++) {
    const [before, after] = [classes[i - 1], classes[i + 1]];
    if (classes[i] === 'N' && /^[.,:/\u066b\u066c]$/.test(characters[i]!) && before === after && (before === 'EN' || before === 'AN')) {
      classes[i] = before;
    }
  }
  // N1, N2: neutrals between two strong runs of one direction take it (numbers count as right-to-left), otherwise the paragraph's.
  const direction = (type: BidiClass | undefined): 'L' | 'R' | undefined =>
    type === 'L' ? 'L' : type === 'R' || type === 'EN' || type === 'AN' ? 'R' : undefined;
  for (let i = 0; i < classes.length; ) {
    if (classes[i] !== 'N') {
      i++;
      continue;
    }
    let end = i;
    while (end < classes.length && classes[end] === 'N') end++;
    const before = direction(classes[i - 1]) ?? 'L';
    const after = direction(classes[end]) ?? 'L';
    const resolved = before === after ? before : 'L';
    for (let k = i; k < end; k++) classes[k] = resolved;
    i = end;
  }
  // I1: on the left-to-right paragraph level, R goes up one level, numbers two.
  return classes.map((type) => (type === 'R' ? 1 : type === 'EN' || type === 'AN' ? 2 : 0));
}

/**
 * The directional runs of one line in visual order (left to right on the
 * page). A line without right-to-left characters is one left-to-right run.
 */
export function visualRuns(text: string): DirectionalRun[] {
  if (!text) return [];
  if (!hasRightToLeft(text)) return [{ text, rtl: false }];
  const characters = Array.from(text);
  const levelOf = levels(characters);
  const runs: { text: string; level: number }[] = [];
  characters.forEach((character, i) => {
    const level = levelOf[i]!;
    const last = runs[runs.length - 1];
    if (last && last.level === level) last.text += character;
    else runs.push({ text: character, level });
  });
  // L2: from the highest level down to 1, reverse every stretch of runs at that level or higher.
  const highest = Math.max(...runs.map((run) => run.level));
  for (let level = highest; level >= 1; level--) {
    for (let i = 0; i < runs.length; ) {
      if (runs[i]!.level < level) {
        i++;
        continue;
      }
      let end = i;
      while (end < runs.length && runs[end]!.level >= level) end++;
      const stretch = runs.slice(i, end).reverse();
      runs.splice(i, end - i, ...stretch);
      i = end;
    }
  }
  return runs.map((run) => ({ text: run.text, rtl: run.level % 2 === 1 }));
}

const MIRRORED: Readonly<Record<string, string>> = {
  '(': ')',
  ')': '(',
  '[': ']',
  ']': '[',
  '{': '}',
  '}': '{',
  '<': '>',
  '>': '<',
  '«': '»',
  '»': '«',
  '‹': '›',
  '›': '‹',
};

/** Brackets and guillemets of right-to-left text as they are drawn (mirrored, rule L4). */
export function mirrored(text: string): string {
  return text.replace(/[()[\]{}<>«»‹›]/g, (character) => MIRRORED[character] ?? character);
}
