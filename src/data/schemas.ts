import { z } from 'astro/zod';
import { templateSchema } from '../templates/schema.ts';
import { checkedLegalReferenceSchema } from '../law/registry-schema.ts';
import { storedStatuteSchema } from '../schemas/stored-statute.ts';
import { glossaryTermSchema } from '../schemas/glossary.ts';
import { ruleSchema } from '../schemas/rule.ts';
import { DATA_FILES, DATA_FORMAT, DATA_FORMAT_VERSION, schemaUrl, type DataFileName, type DATA_INDEX } from './format.ts';

/*
 * The shapes of the files under /data/, built from the very schemas the content collections use, so
 * that a field added to a template or a registry entry shows in the data and its schema at once.
 */

const entryId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/)
  .describe('Filens namn i källan, utan .yaml.');
const major = DATA_FORMAT_VERSION.split('.')[0];
const formatVersion = z
  .string()
  .regex(new RegExp(`^${major}\\.\\d+\\.\\d+$`))
  .describe(`Formatets version. Schemat gäller alla versioner ${major}.x.y.`);
const contentDate = z.iso.date().describe('Datumet för det nyaste innehållet i filen, inte för bygget.');

export const templateItemSchema = z
  .object({
    id: entryId,
    data: templateSchema,
    fieldCopies: z.record(z.string(), z.array(z.string())).describe('För varje fält: de exemplar (copies) som innehåller fältet, i mallens ordning.'),
  })
  .strict();

export const lagrumItemSchema = z
  .object({
    id: entryId,
    data: checkedLegalReferenceSchema(),
    lagtext: storedStatuteSchema
      .optional()
      .describe('Den lagrade konsoliderade lagtexten med bara de paragrafer som lagrummet hänvisar till. Saknas när paragrafen inte är lagrad.'),
  })
  .strict();

export const glossaryItemSchema = z.object({ id: entryId, data: glossaryTermSchema }).strict();
export const ruleItemSchema = z.object({ id: entryId, data: ruleSchema }).strict();

const itemSchemas = {
  mallar: templateItemSchema,
  lagrum: lagrumItemSchema,
  ordlista: glossaryItemSchema,
  regler: ruleItemSchema,
} satisfies Record<DataFileName, z.ZodType>;

export type DataItem<Name extends DataFileName> = z.output<(typeof itemSchemas)[Name]>;

const envelope = <Item extends z.ZodType>(item: Item) =>
  z
    .object({
      format: z.literal(DATA_FORMAT),
      version: formatVersion,
      contentDate: contentDate.optional(),
      items: z.array(item).describe('Sorterade efter id.'),
    })
    .strict();

export const dataFileSchemas = {
  mallar: envelope(templateItemSchema),
  lagrum: envelope(lagrumItemSchema),
  ordlista: envelope(glossaryItemSchema),
  regler: envelope(ruleItemSchema),
} satisfies Record<DataFileName, z.ZodType>;

export const dataIndexSchema = z
  .object({
    format: z.literal(DATA_FORMAT),
    version: formatVersion,
    files: z.array(
      z
        .object({
          name: z.enum(DATA_FILES),
          path: z.string().regex(/^\/data\/[a-z]+\.json$/),
          schema: z.url(),
          version: formatVersion,
          contentDate: contentDate.optional(),
          items: z.number().int().min(0),
          sha256: z
            .string()
            .regex(/^[0-9a-f]{64}$/)
            .describe('SHA-256 av filens bytes: ändras bara när innehållet ändras.'),
        })
        .strict(),
    ),
  })
  .strict();

export type DataIndex = z.output<typeof dataIndexSchema>;

/**
 * The JSON Schema of a file, as the data is written: dates as YYYY-MM-DD, and the printed texts,
 * whose {{regel:…}} the template schema resolves by a transform, as the strings they resolve to.
 * Refinements that JSON Schema cannot express (a quote found word for word in the stored statute,
 * a copy's fields that exist in the template, …) are checked only by the site's build.
 */
export function dataJsonSchema(name: DataFileName | typeof DATA_INDEX): Record<string, unknown> {
  const schema = name === 'index' ? dataIndexSchema : dataFileSchemas[name];
  const json = z.toJSONSchema(schema, {
    io: 'output',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const type = zodSchema._zod.def.type;
      if (type === 'date') Object.assign(jsonSchema, { type: 'string', format: 'date' });
      if (type === 'transform') Object.assign(jsonSchema, { type: 'string' });
    },
  });
  return { ...json, $id: schemaUrl(name) };
}
