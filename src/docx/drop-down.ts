import { BuilderElement, Paragraph, StringValueElement, TextRun, type IParagraphPropertiesOptions, type XmlComponent } from 'docx';
import { STYLE } from './styles.ts';

/*
 * A Word drop-down list content control (w:sdt with w:dropDownList): one exclusive choice, made
 * with a click, where check boxes would let a user tick two answers to one question. The docx
 * package has content controls for check boxes and tables of contents only, so this one is built
 * from its BuilderElement, in the order CT_SdtPr gives (alias, tag, showingPlcHdr, then the list).
 *
 * A run-level content control stands in a paragraph as the package's own CheckBox does, but a
 * Paragraph's `children` take only the package's own classes (ParagraphChild). So the control comes
 * in a paragraph of its own, DropDownParagraph, which adds it to its content the way the package's
 * own components add theirs, in the place `children` would have put it: after the paragraph's
 * properties, as its only content.
 */

export interface DropDownOptions {
  /** The accessible name Word shows on the control: the field's label, or its cell's tooltip. */
  alias: string;
  /** The control's name, as in the PDF and the web form, so a filled file can be read by name. */
  tag: string;
  options: readonly string[];
  /** Shown until an option is chosen, in the placeholder style. */
  placeholder: string;
}

const element = (name: string, attributes: Record<string, string> = {}, children: XmlComponent[] = []) =>
  new BuilderElement<Record<string, string>>({
    name,
    attributes: Object.fromEntries(Object.entries(attributes).map(([key, value]) => [key, { key: `w:${key}`, value }])),
    children,
  });

/** The w:sdt element of one drop-down list. */
export function dropDown({ alias, tag, options, placeholder }: DropDownOptions): XmlComponent {
  // The first item has no value, as Word's own drop-downs have: choosing it empties the answer again.
  const items = [
    element('w:listItem', { displayText: placeholder, value: '' }),
    ...options.map((option) => element('w:listItem', { displayText: option, value: option })),
  ];
  const properties = element('w:sdtPr', {}, [
    new StringValueElement('w:alias', alias),
    new StringValueElement('w:tag', tag),
    element('w:showingPlcHdr'),
    element('w:dropDownList', {}, items),
  ]);
  const content = element('w:sdtContent', {}, [new TextRun({ text: placeholder, style: STYLE.placeholder })]);
  return element('w:sdt', {}, [properties, content]);
}

/**
 * A paragraph whose only content is one drop-down list. Its `with()` would give a paragraph without
 * the list: make a new DropDownParagraph instead.
 */
export class DropDownParagraph extends Paragraph {
  constructor(paragraph: IParagraphPropertiesOptions, list: DropDownOptions) {
    super(paragraph);
    this.root.push(dropDown(list));
  }
}
