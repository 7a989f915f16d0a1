/**
 * Where a paragraph may wrap, close to what the viewer's CSS does for
 * `white-space: pre-wrap`: after spaces (which stay at the end of the line
 * and hang past its edge), after a hyphen inside a word, and between CJK
 * characters — but not before closing punctuation such as 。or ）, nor after
 * opening punctuation (a simple form of the kinsoku rules of CSS Text's
 * `line-break: normal`). The rules are our own and fixed, so the browser and
 * Node wrap the same text the same way.
 */

/** A piece of a paragraph between two break opportunities. */
export interface BreakSegment {
  /** The characters up to the spaces. */
  word: string;
  /** The spaces after it (they hang at the end of a line). */
  spaces: string;
}

/** Ideographs, kana, Hangul syllables, CJK symbols and full-width forms: breaks may come before and after each. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u3000-\u303f\uff00-\uffef]/u;
/** No line starts with these. */
const CLOSING = /[、。，．：；？！）」』】〕〉》〙〗｝］〟’”ー々ゝゞ・…‥\u3041\u3043\u3045\u3047\u3049\u3063\u3083\u3085\u3087\u30a1\u30a3\u30a5\u30a7\u30a9\u30c3\u30e3\u30e5\u30e7)\]}!?,.:;%]/u;
/** No line ends with these. */
const OPENING = /[（「『【〔〈《〘〖｛［〝‘“(\[{]/u;
/** Spaces a line may break after (the no-break spaces are not among them). */
export const BREAKING_SPACE = /[ \u1680\u2000-\u2006\u2008-\u200a\u205f\u3000]/;
const HYPHEN = /[-\u2010\u2013]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ZERO_WIDTH_SPACE = '\u200b';

/** The segments of one paragraph (no line breaks in it), in order; joined they give the paragraph back. */
export function breakSegments(paragraph: string): BreakSegment[] {
  const characters = Array.from(paragraph);
  const segments: BreakSegment[] = [];
  let word = '';
  let spaces = '';
  const close = () => {
    if (word !== '' || spaces !== '') segments.push({ word, spaces });
    word = '';
    spaces = '';
  };
  characters.forEach((character, i) => {
    const previous = characters[i - 1];
    if (BREAKING_SPACE.test(character)) {
      spaces += character;
      return;
    }
    if (spaces !== '') close();
    else if (previous !== undefined && breakBetween(previous, character, characters[i - 2])) close();
    word += character;
  });
  close();
  return segments;
}

/** Whether a line may break between `before` and `after` (neither a space). */
function breakBetween(before: string, after: string, beforeThat: string | undefined): boolean {
  if (before === ZERO_WIDTH_SPACE) return true;
  if (CLOSING.test(after) || OPENING.test(before)) return false;
  if (CJK.test(before) || CJK.test(after)) return true;
  // "well-known" may wrap after its hyphen; "-5" and "--" may not.
  return HYPHEN.test(before) && beforeThat !== undefined && LETTER_OR_DIGIT.test(beforeThat) && LETTER_OR_DIGIT.test(after);
}

/** A paragraph's lines as the text's hard line breaks give them. */
export function paragraphs(text: string): string[] {
  return text.split(/\r\n|[\r\n\u2028\u2029\u0085\v\f]/);
}
