import { BuilderElement, StringValueElement, TextRun, type ParagraphChild, type XmlComponent } from 'docx';
import { STYLE } from './styles.ts';

/*
 * A Word drop-down list content control (w:sdt with w:dropDownList): one exclusive choice, made
 * with a click, where check boxes would let a user tick two answers to one question. The docx
 * package has content controls for check boxes and tables of contents only, so this one is built
 * from its BuilderElement, in the order CT_SdtPr gives (alias, tag, showingPlcHdr, then the list).
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

export function dropDown({ alias, tag, options, placeholder }: DropDownOptions): ParagraphChild {
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
  // A run-level content control is what the package's own CheckBox is; its type lists only its own classes.
  return element('w:sdt', {}, [properties, content]) as unknown as ParagraphChild;
}
