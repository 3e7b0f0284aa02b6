import { createHash } from 'node:crypto';
import type { Template } from '../templates/schema.ts';
import { templateForCopy } from '../templates/copies.ts';
import type { LegalReference } from '../schemas/legal-reference.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import type { Rule } from '../schemas/rule.ts';
import type { StoredLaw } from '../law/stored-statutes.ts';
import { provisionKey } from '../law/selex.ts';
import { sectionsOf } from '../law/provision-text.ts';
import { byCodePoint, canonicalJson } from './canonical-json.ts';
import { DATA_FILES, DATA_FORMAT, DATA_FORMAT_VERSION, dataPath, schemaUrl, type DataFileName } from './format.ts';
import type { DataIndex, DataItem } from './schemas.ts';

/*
 * Turns what the content collections hold into the files under /data/. Nothing here reads a file or
 * the clock, so the same sources always give the same bytes.
 */

export interface Entry<Data> {
  id: string;
  data: Data;
}

/** The sources of every data file, as the collections give them (rules with their provisions as ids). */
export interface DataSources {
  templates: Template[];
  lagrum: Entry<LegalReference>[];
  laws: Map<string, StoredLaw>;
  ordlista: Entry<GlossaryTerm>[];
  regler: Entry<Rule>[];
}

/** A template, and for each of its fields the copies that hold it, found as the renderers find them. */
export function templateItem(template: Template): DataItem<'mallar'> {
  const fieldCopies: Record<string, string[]> = {};
  for (const field of template.sections.flatMap((section) => section.fields)) fieldCopies[field.id] = [];
  for (const copy of template.copies) {
    for (const field of templateForCopy(template, copy.id).template.sections.flatMap((section) => section.fields))
      fieldCopies[field.id]!.push(copy.id);
  }
  return { id: template.id, data: template, fieldCopies };
}

/** A registry entry with the stored statute text of the sections it cites, as the list of provisions shows it. */
export function lagrumItem({ id, data }: Entry<LegalReference>, laws: Map<string, StoredLaw>): DataItem<'lagrum'> {
  const law = laws.get(data.sfs);
  const provisions =
    data.section && law ? sectionsOf(data.section).flatMap((section) => law.provisions.get(provisionKey(data.chapter, section)) ?? []) : [];
  return { id, data, lagtext: law && provisions.length > 0 ? { ...law.statute, provisions } : undefined };
}

const isoDay = (date: Date | string) => (typeof date === 'string' ? date : date.toISOString().slice(0, 10));
// ISO days sort as text; undefined when there is none.
const newest = (days: string[]) => days.toSorted().at(-1);

/** The items of each file, sorted by id, and the date of their newest content where the sources have dates. */
export function dataContents(sources: DataSources): { [Name in DataFileName]: { items: DataItem<Name>[]; contentDate?: string } } {
  const lagrum = sources.lagrum.map((entry) => lagrumItem(entry, sources.laws));
  const sorted = <Item extends { id: string }>(items: Item[]) => [...items].sort((a, b) => byCodePoint(a.id, b.id));
  return {
    mallar: { items: sorted(sources.templates.map(templateItem)), contentDate: newest(sources.templates.map((t) => t.version)) },
    lagrum: {
      items: sorted(lagrum),
      contentDate: newest(lagrum.flatMap((item) => [isoDay(item.data.reading.read), ...(item.lagtext ? [item.lagtext.stored] : [])])),
    },
    ordlista: { items: sorted(sources.ordlista) },
    regler: { items: sorted(sources.regler) },
  };
}

/** One data file's text: the envelope around its items. */
export function dataFileText(items: { id: string }[], contentDate?: string): string {
  return canonicalJson({ format: DATA_FORMAT, version: DATA_FORMAT_VERSION, contentDate, items });
}

/** Every data file's text, the index included, from the same sources. */
export function dataFileTexts(sources: DataSources): Record<DataFileName | 'index', string> {
  const contents = dataContents(sources);
  const texts = Object.fromEntries(DATA_FILES.map((name) => [name, dataFileText(contents[name].items, contents[name].contentDate)])) as Record<
    DataFileName,
    string
  >;
  const index: DataIndex = {
    format: DATA_FORMAT,
    version: DATA_FORMAT_VERSION,
    files: DATA_FILES.map((name) => ({
      name,
      path: dataPath(name),
      schema: schemaUrl(name),
      version: DATA_FORMAT_VERSION,
      contentDate: contents[name].contentDate,
      items: contents[name].items.length,
      sha256: createHash('sha256').update(texts[name]).digest('hex'),
    })),
  };
  return { ...texts, index: canonicalJson(index) };
}
