import fontkit from '@pdf-lib/fontkit';
import { PDFDict, PDFDocument, PDFName, PDFString, type PDFFont } from 'pdf-lib';
import type { Template, TemplateSection } from '../templates/schema.ts';
import { TEMPLATE_CHANGES_HEADING } from '../schemas/change.ts';
import { controlsFor, type FormValues } from '../templates/form-fields.ts';
import { chosenSituation, WITHHELD_NOTE } from '../templates/copies.ts';
import { cleanInvisible } from '../templates/draft.ts';
import { appliesToText } from '../templates/situations.ts';
import { shareEmptyTextAppearances, shareIdenticalAppearances } from './dedupe.ts';
import { headingBlock, INK, paragraphBlock, paragraphBlocks, PageWriter, titleBlock, TYPE, MUTED, type Branding, type Fonts } from './layout.ts';
import { setMetadata } from './metadata.ts';
import { MARGIN_BOTTOM } from './geometry.ts';
import { reuseCompressedFont, saveCompact } from './pdf-lib-adapter.ts';
import { fieldBlocks, updateTextAppearances, type Continuation, type WidgetContext } from './widgets.ts';
import { continuationHeading } from './overflow.ts';

/*
 * Lays a template out on A4 pages as a tagged, fillable PDF: layout.ts places measured blocks
 * (a field is never split and a section heading stays with its first field), widgets.ts makes
 * the fields, structure.ts the tags and metadata.ts the metadata. A recipient's copy is a
 * template with only that copy's fields (templateForCopy); the renderer names the recipient.
 */

export interface FontBytes {
  regular: Uint8Array;
  bold: Uint8Array;
}

export type { Branding };

export interface RenderOptions {
  fonts: FontBytes;
  values?: FormValues;
  branding?: Branding;
  /**
   * A copy for signing and the case file: values printed as text, no fillable fields, no help for
   * the social worker, and no section left empty (signatures always stay).
   */
  locked?: boolean;
  /** Whose copy this is, named on every page; `withheld` says that some parts are in the case file only. */
  copy?: { id?: string; for: string; withheld: boolean };
}

/** The locked copy's first line: the case file's copy is for signing and the file, any other is for its reader. */
const lockedNote = (copy: RenderOptions['copy']) =>
  !copy || copy.id === undefined || copy.id === 'akten'
    ? 'Låst kopia för underskrift och akt. Fälten går inte att ändra.'
    : 'Låst kopia. Fälten går inte att ändra.';

export async function renderTemplatePdf(template: Template, options: RenderOptions): Promise<Uint8Array<ArrayBuffer>> {
  // Pasted invisible characters never reach the PDF; anything else the font lacks still stops it.
  const { values } = cleanInvisible(options.values ?? {});
  let laidOut = await layOut(template, options, values);
  // The boxes name the page their text goes on to: a second layout, now that the pages are known.
  if (laidOut.continuationPages.length) laidOut = await layOut(template, options, values, laidOut.continuationPages);
  const { doc, context, fonts } = laidOut;
  if (options.locked) doc.catalog.delete(PDFName.of('AcroForm'));
  else {
    updateTextAppearances(context, fonts.regular);
    context.form.updateFieldAppearances(fonts.regular);
    setDefaultResources(doc, fonts.regular);
    dropDownAppearances(doc);
  }
  if (!options.locked) shareEmptyTextAppearances(doc);
  shareIdenticalAppearances(doc);
  setMetadata(doc, template, options.branding?.name, options.copy?.id);
  return saveCompact(doc);
}

async function layOut(template: Template, options: RenderOptions, values: FormValues, continuationPages?: number[]) {
  const doc = await PDFDocument.create({ updateMetadata: false });
  // Each document parses the fonts anew. fontkit keeps every glyph it has made, with the characters it was first
  // made for; a font shared between documents once lost the bold "O" from the text of every later PDF, after a
  // PDF whose bold text had "Ö" but no "O" (tests/unit/pdf/render-order.test.ts).
  doc.registerFontkit(fontkit);
  reuseCompressedFont(doc, options.fonts.regular);
  const fonts: Fonts = {
    // Whole, not subset: form fields name this font, and a reader needs every glyph a user may type later.
    regular: await doc.embedFont(options.fonts.regular, { subset: false }),
    bold: await doc.embedFont(options.fonts.bold, { subset: true }),
  };
  // The regular font is embedded whole, so its widths and Unicode map cover every printable
  // character, not only those drawn now: a reader that draws what a user types later needs both.
  const logo = options.branding?.logo
    ? options.branding.logo.type === 'png'
      ? await doc.embedPng(options.branding.logo.bytes)
      : await doc.embedJpg(options.branding.logo.bytes)
    : undefined;

  const locked = options.locked ?? false;
  const writer = new PageWriter(doc, fonts);
  const context: WidgetContext = {
    writer,
    form: doc.getForm(),
    values,
    locked,
    showAppliesTo: chosenSituation(template, values) === undefined,
    overflow: [],
    continuationPages,
    shownText: new Map(),
  };

  writer.place(titleBlock(writer, template.title, template.version, options.branding, logo));
  if (options.copy?.withheld) writer.place(paragraphBlock(writer, WITHHELD_NOTE, TYPE.intro, fonts.bold, INK, 'P', writer.tree.root));
  if (locked) writer.place(paragraphBlock(writer, lockedNote(options.copy), TYPE.help, fonts.bold, MUTED, 'P', writer.tree.root));
  if (template.intro) writer.place(paragraphBlock(writer, template.intro, TYPE.intro, fonts.regular, INK, 'P', writer.tree.root));

  for (const section of template.sections) {
    if (locked && !printsInLockedCopy(section, values)) continue;
    const sect = writer.tree.element('Sect', writer.tree.root);
    const blocks = section.fields.map((field) => fieldBlocks(context, field, sect, section.onlyIn));
    const lead = [headingBlock(writer, section.title, sect)];
    if (context.showAppliesTo && section.onlyIn)
      lead.push(paragraphBlock(writer, appliesToText(section.onlyIn), TYPE.help, fonts.bold, MUTED, 'P', sect, 6));
    if (section.help && !locked) lead.push(paragraphBlock(writer, section.help, TYPE.help, fonts.regular, MUTED, 'P', sect, 6));
    blocks.forEach((fieldParts, index) => {
      const [first, ...rest] = fieldParts;
      if (index === 0) writer.placeTogether([...lead, first!]);
      else writer.place(first!);
      rest.forEach((block) => writer.place(block));
    });
  }
  // The blank form carries its change list; a filled copy is about a case, not about the template.
  if (!options.values && template.changes.length) {
    const sect = writer.tree.element('Sect', writer.tree.root);
    const [first, ...rest] = template.changes.map((change) =>
      paragraphBlock(writer, `${change.date}: ${change.summary}`, TYPE.help, fonts.regular, MUTED, 'P', sect, 4),
    );
    writer.placeTogether([headingBlock(writer, TEMPLATE_CHANGES_HEADING, sect), first!]);
    rest.forEach((block) => writer.place(block));
  }
  const pages = placeContinuations(writer, context.overflow);

  writer.drawRunningText(`${template.title} · version ${template.version} · Umgängeshandboken`, {
    municipality: options.branding?.name,
    brandedFirstPage: Boolean(options.branding),
    caseLine: caseLine(template, values),
    copyLine: options.copy ? `Exemplar för: ${options.copy.for}` : undefined,
  });
  writer.tree.finish();
  return { doc, context, fonts, continuationPages: pages };
}

/** A locked copy leaves out a section in which nothing is filled in, but never the signatures. */
function printsInLockedCopy(section: TemplateSection, values: FormValues): boolean {
  return section.fields.some(
    (field) =>
      field.type === 'signature' ||
      controlsFor(field).some((control) =>
        typeof values[control.name] === 'string' ? (values[control.name] as string).trim() !== '' : values[control.name] === true,
      ),
  );
}

/**
 * The form's default resources and appearance: the font that every field's /DA names, so that a
 * reader can draw what a user types with it (pdf-lib names the font in /DA but leaves /DR out).
 */
function setDefaultResources(doc: PDFDocument, font: PDFFont) {
  const acroForm = doc.getForm().acroForm.dict;
  acroForm.set(PDFName.of('DR'), doc.context.obj({ Font: { [font.name]: font.ref } }));
  acroForm.set(PDFName.of('DA'), PDFString.of(`/${font.name} ${TYPE.control.size} Tf 0 g`));
}

/** Check boxes and radio buttons need no separate look while pressed; leaving it out keeps the file small. */
function dropDownAppearances(doc: PDFDocument) {
  for (const field of doc.getForm().getFields()) {
    for (const widget of field.acroField.getWidgets()) widget.dict.lookupMaybe(PDFName.of('AP'), PDFDict)?.delete(PDFName.of('D'));
  }
}

/**
 * Text that did not fit its box, on pages of its own at the end, each under "Fortsättning av:
 * <label> (från sidan M)". Returns the page each continuation starts on.
 */
function placeContinuations(writer: PageWriter, overflow: Continuation[]): number[] {
  if (overflow.length === 0) return [];
  writer.newPage();
  const sect = writer.tree.element('Sect', writer.tree.root);
  writer.place(headingBlock(writer, 'Fortsättning av text som inte fick plats', sect));
  return overflow.map((item) => {
    const heading = paragraphBlock(writer, continuationHeading(item.label, item.fromPage), TYPE.label, writer.fonts.bold, INK, 'H2', sect, 4);
    const [first, ...rest] = paragraphBlocks(writer, item.text, TYPE.control, writer.fonts.regular, sect, writer.y - MARGIN_BOTTOM - heading.height);
    writer.placeTogether([heading, first!]);
    const page = writer.pages.length;
    rest.forEach((block) => writer.place(block));
    return page;
  });
}

/** "Ärende: AB 1234 · Daterad 2026-12-01": the case and the date, from the fields the template names. */
function caseLine(template: Template, values: FormValues): string | undefined {
  if (!template.caseIdentity) return undefined;
  // A copy without the case's fields does not print them from the values either.
  const held = new Set(template.sections.flatMap((section) => section.fields.map((field) => field.id)));
  const text = (name: string) => (held.has(name) && typeof values[name] === 'string' ? (values[name] as string).trim() : '');
  const caseText = text(template.caseIdentity.case);
  const date = text(template.caseIdentity.date);
  const parts = [caseText && `Ärende: ${caseText}`, date && `Daterad ${date}`].filter(Boolean);
  return parts.length ? parts.join(' · ') : undefined;
}
