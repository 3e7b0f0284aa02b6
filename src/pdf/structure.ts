import {
  type PDFArray,
  type PDFDict,
  type PDFDocument,
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  type PDFPage,
  type PDFRef,
  PDFHexString,
  PDFString,
} from 'pdf-lib';
import { dictOperand } from './pdf-lib-adapter.ts';

/**
 * A text string as small as it can be written: a literal string in PDFDocEncoding when every
 * character is printable Latin-1 (where PDFDocEncoding and Unicode agree), otherwise UTF-16 hex.
 * Labels are written several times per field (tooltip, structure), so this halves their bytes.
 */
export function textString(text: string): PDFString | PDFHexString {
  if (/^[\x20-\x7e\xa1-\xac\xae-\xff]*$/.test(text)) return PDFString.of(text.replace(/[\\()]/g, (character) => `\\${character}`));
  return PDFHexString.fromText(text);
}

/*
 * Tagged PDF with pdf-lib's low-level objects, which has no API for it: a structure tree in
 * reading order, marked content tied to it by MCIDs, and form widgets tied to Form elements
 * through /StructParent, so assistive technology reads label, help and field in order.
 */

export type StructureType = 'Document' | 'Sect' | 'Div' | 'H1' | 'H2' | 'P' | 'Form' | 'Lbl' | 'Table' | 'TR' | 'TH' | 'TD';

interface StructureElement {
  type: StructureType;
  ref: PDFRef;
  dict: PDFDict;
  kids: PDFArray;
}

interface PageState {
  structParents: number;
  /** Index = MCID, value = the structure element that owns that marked content. */
  owners: PDFRef[];
}

export class StructureTree {
  private readonly pages = new Map<PDFPage, PageState>();
  private readonly parentTree: [number, PDFRef | PDFArray][] = [];
  private nextStructParent = 0;
  readonly root: StructureElement;
  private readonly treeRoot: PDFDict;

  private readonly doc: PDFDocument;

  constructor(doc: PDFDocument) {
    this.doc = doc;
    const context = doc.context;
    this.treeRoot = context.obj({ Type: 'StructTreeRoot' });
    const treeRootRef = context.register(this.treeRoot);
    this.root = this.createElement('Document', treeRootRef);
    this.treeRoot.set(PDFName.of('K'), context.obj([this.root.ref]));
    doc.catalog.set(PDFName.of('StructTreeRoot'), treeRootRef);
    doc.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  }

  /** Adds a structure element under `parent` (the document by default). */
  element(type: StructureType, parent: StructureElement = this.root): StructureElement {
    const element = this.createElement(type, parent.ref);
    parent.kids.push(element.ref);
    return element;
  }

  /** Wraps drawing in marked content owned by a new element of the given type. */
  tagged(page: PDFPage, type: StructureType, parent: StructureElement | undefined, draw: () => void): StructureElement {
    const element = this.element(type, parent);
    this.mark(page, element, draw);
    return element;
  }

  /** Sets an element's attribute object, e.g. { O: 'Table', Scope: 'Column' } on a table header cell. */
  setAttributes(element: StructureElement, attributes: Record<string, string>): void {
    element.dict.set(PDFName.of('A'), this.doc.context.obj(attributes));
  }

  /** Wraps drawing in marked content owned by an existing element. */
  mark(page: PDFPage, element: StructureElement, draw: () => void): void {
    const state = this.pageState(page);
    const mcid = state.owners.length;
    state.owners.push(element.ref);
    // Content on the element's own page is a bare MCID; only content on another page needs an MCR dictionary.
    const elementPage = element.dict.get(PDFName.of('Pg'));
    if (!elementPage && element.kids.size() === 0) element.dict.set(PDFName.of('Pg'), page.ref);
    if (!elementPage || elementPage === page.ref) element.kids.push(PDFNumber.of(mcid));
    else element.kids.push(this.doc.context.obj({ Type: 'MCR', Pg: page.ref, MCID: mcid }));
    page.pushOperators(
      PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of(element.type), dictOperand(this.doc.context.obj({ MCID: mcid }))]),
    );
    draw();
    page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
  }

  /** Wraps drawing that carries no meaning (rules, boxes, running headers) as an artifact. */
  artifact(page: PDFPage, draw: () => void, kind?: 'Pagination' | 'Layout'): void {
    const properties = kind ? this.doc.context.obj({ Type: kind }) : this.doc.context.obj({});
    page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of('Artifact'), dictOperand(properties)]));
    draw();
    page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
  }

  /** Ties a form widget annotation to a new Form element. */
  formField(page: PDFPage, widget: PDFDict, parent: StructureElement | undefined, name: string, knownRef?: PDFRef): StructureElement {
    const element = this.element('Form', parent);
    const context = this.doc.context;
    const widgetRef = knownRef ?? context.getObjectRef(widget);
    if (!widgetRef) throw new Error('A widget must be registered before it is tagged');
    const key = this.nextStructParent++;
    widget.set(PDFName.of('StructParent'), PDFNumber.of(key));
    this.parentTree.push([key, element.ref]);
    element.kids.push(context.obj({ Type: 'OBJR', Obj: widgetRef, Pg: page.ref }));
    element.dict.set(PDFName.of('Alt'), textString(name));
    return element;
  }

  /** Writes the parent tree; call once, after all drawing. */
  finish(): void {
    const context = this.doc.context;
    for (const [page, state] of this.pages) {
      this.parentTree.push([state.structParents, context.obj(state.owners)]);
      page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
    }
    this.parentTree.sort((a, b) => a[0] - b[0]);
    const nums = context.obj([]);
    for (const [key, value] of this.parentTree) {
      nums.push(PDFNumber.of(key));
      nums.push(value);
    }
    this.treeRoot.set(PDFName.of('ParentTree'), context.register(context.obj({ Nums: nums })));
    this.treeRoot.set(PDFName.of('ParentTreeNextKey'), PDFNumber.of(this.nextStructParent));
  }

  private pageState(page: PDFPage): PageState {
    let state = this.pages.get(page);
    if (!state) {
      state = { structParents: this.nextStructParent++, owners: [] };
      page.node.set(PDFName.of('StructParents'), PDFNumber.of(state.structParents));
      this.pages.set(page, state);
    }
    return state;
  }

  private createElement(type: StructureType, parentRef: PDFRef): StructureElement {
    const context = this.doc.context;
    const kids = context.obj([]);
    // /Type is optional for structure elements and left out: there are hundreds of them.
    const dict = context.obj({ S: type, P: parentRef, K: kids });
    const ref = context.register(dict);
    return { type, ref, dict, kids };
  }
}

export type { StructureElement };
