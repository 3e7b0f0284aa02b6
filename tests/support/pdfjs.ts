import { getDocument, OPS, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

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

export interface ImageBox {
  left: number;
  bottom: number;
  right: number;
  top: number;
}

/** Where each image is painted on a page, in PDF points, from the page's own drawing operators as pdf.js reads them. */
export async function imageBoxes(pdf: PDFDocumentProxy, pageNumber: number): Promise<ImageBox[]> {
  const { fnArray, argsArray } = await (await pdf.getPage(pageNumber)).getOperatorList();
  const boxes: ImageBox[] = [];
  const stack: number[][] = [];
  let ctm = [1, 0, 0, 1, 0, 0];
  const times = (m: number[], n: number[]) => [
    m[0]! * n[0]! + m[1]! * n[2]!,
    m[0]! * n[1]! + m[1]! * n[3]!,
    m[2]! * n[0]! + m[3]! * n[2]!,
    m[2]! * n[1]! + m[3]! * n[3]!,
    m[4]! * n[0]! + m[5]! * n[2]! + n[4]!,
    m[4]! * n[1]! + m[5]! * n[3]! + n[5]!,
  ];
  fnArray.forEach((op, i) => {
    if (op === OPS.save) stack.push(ctm);
    else if (op === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (op === OPS.transform) ctm = times(argsArray[i] as number[], ctm);
    else if (op === OPS.paintImageXObject) {
      // An image fills the unit square of the current matrix.
      const xs = [ctm[4]!, ctm[4]! + ctm[0]!];
      const ys = [ctm[5]!, ctm[5]! + ctm[3]!];
      boxes.push({ left: Math.min(...xs), right: Math.max(...xs), bottom: Math.min(...ys), top: Math.max(...ys) });
    }
  });
  return boxes;
}
