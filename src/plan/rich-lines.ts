import type { PDFFont } from 'pdf-lib';
import { wrapText } from '../pdf/wrap.ts';

/*
 * Line breaking for text in more than one font on a line ("Hur ofta: varannan lördag", with the
 * label in bold). Each run is broken into words; a word longer than the line is cut by wrapText.
 */

export interface Run {
  text: string;
  font: PDFFont;
}

export interface Segment {
  text: string;
  font: PDFFont;
  /** From the line's left edge. */
  x: number;
}

export type RichLine = Segment[];

export function wrapRuns(runs: Run[], size: number, width: number): RichLine[] {
  const lines: RichLine[] = [];
  let line: Segment[] = [];
  let x = 0;
  const flush = () => {
    lines.push(line);
    line = [];
    x = 0;
  };
  for (const run of runs) {
    const paragraphs = run.text.split('\n');
    paragraphs.forEach((paragraph, index) => {
      if (index > 0) flush();
      // Breaks at spaces, never at a no-break space (U+00A0), which \s would include.
      for (const word of paragraph.split(/[^\S\u00a0]+/).filter(Boolean)) {
        const space = line.length ? run.font.widthOfTextAtSize(' ', size) : 0;
        const wordWidth = run.font.widthOfTextAtSize(word, size);
        if (x + space + wordWidth <= width) {
          line.push({ text: word, font: run.font, x: x + space });
          x += space + wordWidth;
          continue;
        }
        if (line.length) flush();
        if (wordWidth <= width) {
          line.push({ text: word, font: run.font, x: 0 });
          x = wordWidth;
          continue;
        }
        // Only a word wider than the whole line is cut (wrapText would also break at a no-break space).
        const pieces = wrapText(word, run.font, size, width);
        pieces.slice(0, -1).forEach((piece) => lines.push([{ text: piece, font: run.font, x: 0 }]));
        const last = pieces.at(-1)!;
        line.push({ text: last, font: run.font, x: 0 });
        x = run.font.widthOfTextAtSize(last, size);
      }
    });
  }
  if (line.length || lines.length === 0) flush();
  return lines.map(joinSegments);
}

/** Neighbouring words in the same font drawn as one string: fewer operators, and text extracts with its spaces. */
function joinSegments(line: RichLine): RichLine {
  const joined: Segment[] = [];
  for (const segment of line) {
    const previous = joined.at(-1);
    if (previous && previous.font === segment.font) previous.text += ` ${segment.text}`;
    else joined.push({ ...segment });
  }
  return joined;
}
