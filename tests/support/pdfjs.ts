import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  return getDocument({ data: new Uint8Array(bytes), verbosity: 0, useSystemFonts: false }).promise;
}

export interface WidgetInfo {
  fieldName: string;
  fieldType: string;
  tooltip: string;
  rect: [number, number, number, number];
  page: number;
  checkBox?: boolean;
  radioButton?: boolean;
  id: string;
}

/** Every form widget on every page, in page order. */
export async function widgets(pdf: PDFDocumentProxy): Promise<WidgetInfo[]> {
  const all: WidgetInfo[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    for (const annotation of await page.getAnnotations()) {
      if (annotation.subtype !== 'Widget') continue;
      all.push({
        fieldName: annotation.fieldName,
        fieldType: annotation.fieldType,
        tooltip: annotation.alternativeText,
        rect: annotation.rect,
        page: number,
        checkBox: annotation.checkBox,
        radioButton: annotation.radioButton,
        id: annotation.id,
      });
    }
  }
  return all;
}

interface StructNode {
  role?: string;
  type?: string;
  id?: string;
  alt?: string;
  children?: StructNode[];
}

/** The structure tree of every page flattened to reading order: roles, with the annotation id for Form elements. */
export async function readingOrder(pdf: PDFDocumentProxy): Promise<{ role: string; annotation?: string; alt?: string; page: number }[]> {
  const order: { role: string; annotation?: string; alt?: string; page: number }[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const tree = (await (await pdf.getPage(number)).getStructTree()) as StructNode | null;
    const walk = (node: StructNode) => {
      if (node.role && node.role !== 'Root') {
        const annotation = node.children?.find((child) => child.type === 'annotation')?.id?.replace('pdfjs_internal_id_', '');
        order.push({ role: node.role, annotation, alt: node.alt, page: number });
      }
      node.children?.forEach(walk);
    };
    if (tree) walk(tree);
  }
  return order;
}
