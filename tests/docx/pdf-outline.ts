import { getDocument, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { OutlineEntry } from '../support/docx.ts';

/*
 * A PDF's outline as pdf.js reads it from the PDF alone: the structure tree in reading order,
 * each element's text from the marked content it points to. The title (H1), the section
 * headings (H2) and the table column headers (TH) are found by their tags; a field label and a
 * signer's party are the Lbl elements drawn in bold, where an option beside its box and the
 * captions under a signature line are Lbl elements in the regular weight.
 */

interface StructNode {
  role?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

interface MarkedText {
  text: string;
  bold: boolean;
}

export type PdfOutlineEntry = Exclude<OutlineEntry, ['option', string]>;

export async function pdfOutline(bytes: Uint8Array): Promise<PdfOutlineEntry[]> {
  // fontExtraProperties keeps each font's name, which tells the bold labels from the rest.
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0, useSystemFonts: false, fontExtraProperties: true });
  const pdf = await task.promise;
  const entries: PdfOutlineEntry[] = [];
  try {
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const marked = await markedText(page);
      const textOf = (node: StructNode): MarkedText[] =>
        node.type === 'content' && node.id ? [marked.get(node.id) ?? { text: '', bold: false }] : (node.children ?? []).flatMap(textOf);
      const walk = (node: StructNode) => {
        const parts = node.role === 'H1' || node.role === 'H2' || node.role === 'TH' || node.role === 'Lbl' ? textOf(node) : [];
        const text = parts
          .map((part) => part.text)
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim();
        if (node.role === 'H1') entries.push(['h1', text]);
        else if (node.role === 'H2') entries.push(['h2', text]);
        else if (node.role === 'TH') entries.push(['th', text]);
        else if (node.role === 'Lbl' && text && parts.every((part) => part.bold || !part.text.trim())) entries.push(['label', text]);
        else node.children?.forEach(walk);
      };
      const tree = (await page.getStructTree()) as StructNode | null;
      if (tree) walk(tree);
    }
  } finally {
    await task.destroy();
  }
  return entries;
}

/** The text of every marked-content sequence on the page, by pdf.js's id, and whether all of it is bold. */
async function markedText(page: PDFPageProxy): Promise<Map<string, MarkedText>> {
  // The fonts reach commonObjs, with their names, once the page's operators have been read.
  await page.getOperatorList();
  const content = await page.getTextContent({ includeMarkedContent: true });
  const boldFont = new Map<string, boolean>();
  const isBold = (fontName: string) => {
    if (!boldFont.has(fontName)) boldFont.set(fontName, /bold/i.test(String((page.commonObjs.get(fontName) as { name?: string }).name ?? '')));
    return boldFont.get(fontName)!;
  };
  const found = new Map<string, MarkedText>();
  const open: { id: string | undefined; text: string; bold: boolean }[] = [];
  for (const item of content.items) {
    if ('type' in item) {
      if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent')
        open.push({ id: item.id ?? undefined, text: '', bold: true });
      else if (item.type === 'endMarkedContent') {
        const done = open.pop();
        if (done?.id) found.set(done.id, { text: done.text, bold: done.bold });
      }
      continue;
    }
    const current = open.at(-1);
    if (!current) continue;
    current.text += item.str + (item.hasEOL ? ' ' : '');
    if (item.str.trim() && !isBold(item.fontName)) current.bold = false;
  }
  return found;
}
