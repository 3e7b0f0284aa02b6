import type { PDFFont } from 'pdf-lib';
import { wrapLines, wrapText } from './wrap.ts';

/*
 * Text that does not fit its box: where the box's part ends, and the words the box ends with to
 * say where the rest is. The box keeps whole words and, when a sentence ends near the end of the
 * box, whole sentences; the rest goes on to a continuation page.
 */

/** The box's last words: "… fortsätter på sidan 7". Without a page number yet, it is measured as three digits. */
export const continuationMarker = (page?: number) => `… fortsätter på sidan ${page ?? 999}`;

/** "Fortsättning av: Barnets egna tankar (från sidan 2)": the heading of a continuation. */
export const continuationHeading = (label: string, fromPage: number) => `Fortsättning av: ${label} (från sidan ${fromPage})`;

export interface BoxText {
  /** The lines the box shows, ending with the marker. */
  lines: string[];
  /** The part of the text the box holds: what the field's value is. */
  held: string;
  /** The rest of the text from the break on, its leading space included, so that held + rest is the text. */
  rest: string;
}

/** A sentence ends here when the next word starts with a capital letter, a digit or a quote, or a new line follows. */
const SENTENCE_END = /[.!?…]["'”’»)\]]*(?=\n|\s+["'”»(\-–\p{Lu}\p{N}])/gu;

/** The last sentence end after `from` and no later than `to`, if there is one. */
function sentenceEnd(text: string, from: number, to: number): number | undefined {
  let found: number | undefined;
  for (const match of text.slice(from, Math.min(text.length, to + 40)).matchAll(SENTENCE_END)) {
    const end = from + match.index + match[0].length;
    if (end > from && end <= to) found = end;
  }
  return found;
}

/** An offset moved back to the start of its word, when it falls inside a word that would fit on a line of its own. */
function notInsideWord(text: string, offset: number, font: PDFFont, size: number, width: number): number {
  const isSpace = (index: number) => /\s/.test(text[index]!);
  if (offset <= 0 || offset >= text.length || isSpace(offset) || isSpace(offset - 1)) return offset;
  let start = offset;
  while (start > 0 && !isSpace(start - 1)) start--;
  let end = offset;
  while (end < text.length && !isSpace(end)) end++;
  return font.widthOfTextAtSize(text.slice(start, end), size) <= width ? start : offset;
}

/**
 * Cuts a text that needs more than `visible` lines of `width` for its box: the box shows what
 * fits, ended by the marker (on its last line when there is room, else on a line of its own).
 * The cut is at a sentence end in the box's last two lines if there is one, else after the last
 * whole word, and inside a word only when the word is longer than a line.
 */
export function cutForBox(text: string, font: PDFFont, size: number, width: number, visible: number, marker: string): BoxText {
  const all = wrapLines(text, font, size, width);
  const markerRoom = font.widthOfTextAtSize(` ${continuationMarker()}`, size);
  const beside = width - markerRoom >= width * 0.3;
  const markerLines = beside ? 0 : wrapText(marker, font, size, width).length;
  const textLines = Math.max(0, Math.min(all.length, visible - markerLines));
  let end = 0;
  if (textLines && beside) {
    // The last line is narrower, to leave room for the marker beside it.
    const last = all[textLines - 1]!;
    const [first] = wrapLines(text.slice(last.start, last.start + 4000), font, size, width - markerRoom);
    end = last.start + first!.end;
  } else if (textLines) end = all[textLines - 1]!.end;
  end = notInsideWord(text, end, font, size, width);
  const near = textLines ? all[Math.max(0, textLines - 2)]!.start : 0;
  const cut = sentenceEnd(text, near, end) ?? end;
  const held = text.slice(0, cut).trimEnd();
  const lines = held ? wrapText(held, font, size, width) : [];
  const last = lines.at(-1);
  if (last !== undefined && font.widthOfTextAtSize(`${last} ${marker}`, size) <= width) lines[lines.length - 1] = `${last} ${marker}`;
  else lines.push(...wrapText(marker, font, size, width));
  return { lines, held, rest: text.slice(held.length) };
}
