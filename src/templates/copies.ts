import { CASE_FILE_COPY, type Template, type TemplateCopy, type TemplateField } from './schema.ts';
import { controlsFor, type FormValues } from './form-fields.ts';
import { situationFromLabel, type SituationId } from './situations.ts';

/*
 * A copy of a template for one recipient, and the template as it applies in one situation. Both
 * are plain templates with parts left out, so every renderer (the web form, the PDF, Word) shows
 * exactly what the copy holds and never has to remember to leave something out.
 */

export interface CopyInfo {
  id: string;
  /** Whom the copy is for, printed on every page. */
  for: string;
  /** True when some of the template's fields are kept in the case file only. */
  withheld: boolean;
}

export const WITHHELD_NOTE = 'Vissa delar finns bara i socialtjänstens akt och står inte i det här exemplaret.';

const allFields = (template: Template): TemplateField[] => template.sections.flatMap((section) => section.fields);

export function findCopy(template: Template, copyId: string): TemplateCopy {
  const copy = template.copies.find((candidate) => candidate.id === copyId);
  if (!copy) throw new Error(`Mallen "${template.title}" har inget exemplar "${copyId}". Exemplar: ${template.copies.map((c) => c.id).join(', ')}.`);
  return copy;
}

/** The ids of the fields a copy holds. */
export function heldFieldIds(template: Template, copy: TemplateCopy): Set<string> {
  return new Set(copy.fields === 'alla' ? allFields(template).map((field) => field.id) : copy.fields);
}

/** Keeps the sections and fields that pass the test; a section with no field left goes too. */
function keepFields(template: Template, keep: (field: TemplateField, sectionOnlyIn?: readonly SituationId[]) => boolean): Template {
  return {
    ...template,
    sections: template.sections
      .map((section) => ({ ...section, fields: section.fields.filter((field) => keep(field, section.onlyIn)) }))
      .filter((section) => section.fields.length > 0),
  };
}

/** The template as one recipient's copy: only the fields on that copy's list. */
export function templateForCopy(template: Template, copyId: string): { template: Template; copy: CopyInfo } {
  const copy = findCopy(template, copyId);
  const held = heldFieldIds(template, copy);
  const withheld = allFields(template).some((field) => !held.has(field.id));
  return { template: keepFields(template, (field) => held.has(field.id)), copy: { id: copy.id, for: copy.for, withheld } };
}

/** Whom a filled copy is for, with the name the copy carries: "Föräldern, Maria Andersson". */
export function namedCopy(copy: CopyInfo, template: Template, values: FormValues): CopyInfo {
  const named = findCopy(template, copy.id).named;
  const name = named ? values[named] : undefined;
  return typeof name === 'string' && name.trim() ? { ...copy, for: `${copy.for}, ${name.trim()}` } : copy;
}

/** True when a copy is offered for these values: always, or when its onlyWhen field has the answer it names. */
export function copyApplies(copy: TemplateCopy, values: FormValues): boolean {
  return !copy.onlyWhen || values[copy.onlyWhen.field] === copy.onlyWhen.is;
}

/** The values a copy may carry: those of the controls of its fields, nothing else. */
export function valuesForCopy(template: Template, values: FormValues): FormValues {
  const names = new Set(allFields(template).flatMap((field) => controlsFor(field).map((control) => control.name)));
  return Object.fromEntries(Object.entries(values).filter(([name]) => names.has(name)));
}

/** The situation chosen in the form's situation field, if the template has one. */
export function chosenSituation(template: Template, values: FormValues): SituationId | undefined {
  const field = allFields(template).find((candidate) => candidate.type === 'choice' && candidate.situation);
  return field ? situationFromLabel(values[field.id]) : undefined;
}

/** True when a part marked onlyIn applies in the situation; with no situation chosen, everything applies. */
export function appliesIn(onlyIn: readonly SituationId[] | undefined, situation: SituationId | undefined): boolean {
  return !onlyIn || !situation || onlyIn.includes(situation);
}

/** The template as it applies in a situation: no LVU section in a plan for a placement under SoL. */
export function templateForSituation(template: Template, situation: SituationId | undefined): Template {
  if (!situation) return template;
  const sections = template.sections.filter((section) => appliesIn(section.onlyIn, situation));
  return keepFields({ ...template, sections }, (field) => appliesIn(field.onlyIn, situation));
}

/** The file a copy downloads as: "umgangesplan-forelder-1.pdf". */
export function copyFileName(template: Template, copyId: string, extension: 'pdf' | 'docx' | 'ics' | 'html', kind?: string): string {
  return `${template.id}${kind ? `-${kind}` : ''}-${copyId}.${extension}`;
}

/** A blank form for one recipient: the copy's template (only its fields) and whom it is for. */
export interface BlankCopy {
  template: Template;
  copy: CopyInfo;
  /** The file name without extension: "umgangesplan-forelder-1". */
  file: string;
}

/** The copies that are given as forms (not only as a summary), in the template's order. */
export function blankCopies(template: Template): BlankCopy[] {
  return template.copies.filter((copy) => copy.form).map((copy) => ({ ...templateForCopy(template, copy.id), file: `${template.id}-${copy.id}` }));
}

export const isCaseFile = (copy: Pick<TemplateCopy, 'id'>) => copy.id === CASE_FILE_COPY;
