// Astro reads this file from srcDir, which is the project root here so that content lives in
// the top-level content/ folder with every Starlight Markdown feature intact (see README).
import { defineCollection, reference } from 'astro:content';
import type { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { pageFields } from './src/schemas/page.ts';
import { legalReferenceSchema } from './src/schemas/legal-reference.ts';
import { sourceSchema } from './src/schemas/source.ts';
import { glossaryTermSchema } from './src/schemas/glossary.ts';
import { ruleSchema } from './src/schemas/rule.ts';
import { ruleTranslationsSchema } from './src/schemas/rule-translations.ts';
import { uiStringsSchema } from './src/schemas/ui-strings.ts';
import { knowledgeCheckSchema, practiceCaseSchema, readKnowledgeCheck, readPracticeCase } from './src/schemas/knowledge-check.ts';
import { readYamlFile } from './src/schemas/read-yaml-file.ts';
import { readLegalEntry, RegistryError } from './src/law/registry-entries.ts';
import { readRule } from './src/rules/read-rules.ts';
import { folderLoader, type FolderLoaderOptions } from './src/registry/loader.ts';
import { handOverReadings } from './src/integrations/reading-report.ts';
import { templateSchema } from './src/templates/schema.ts';
import { templatesLoader } from './src/templates/collection.ts';

/*
 * Every registry and the templates are read by loaders of our own (src/registry/loader.ts): each file once,
 * by the function that scripts outside Astro use too, which parses the YAML and runs the schema. The loaders
 * never call Astro's parseData, so Astro does not run a collection's `schema` again: it takes only the
 * collection's types from it. A file that is not YAML or breaks its schema stops the build, named in Swedish:
 * "content/<folder>/<id>.yaml: <what> följer inte schemat:" and one line per field.
 */
const registry = <T>(folder: string, read: (file: string) => T, afterLoad?: FolderLoaderOptions<T>['afterLoad']) =>
  folderLoader({ name: 'umgangeshandboken:registry', folder: `content/${folder}`, read, afterLoad });
const readWith =
  <S extends z.ZodType>(schema: S, what: string, Failure: new (message: string) => Error = RegistryError) =>
  (file: string) =>
    readYamlFile(file, schema, what, Failure);

export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({ extend: pageFields(reference('kallor')) }),
  }),
  // Every string Starlight, its search dialog and the site's own components show, per language (content/i18n/<lang>.json).
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: uiStringsSchema }) }),
  // Each entry is also checked against the statute texts stored in content/lagtext/. The build's reading
  // report (src/integrations/reading-report.ts) counts the entries as this loader has read them. The rules and
  // the templates' rule texts take the same entries from readLegalEntry, which parses each file once.
  lagrum: defineCollection({ loader: registry('lagrum', (file) => readLegalEntry(file), handOverReadings), schema: legalReferenceSchema }),
  // Rules stated in several places, written once with the provisions they rest on (registry ids, each checked
  // to exist by readRule, which the templates' rule texts read too).
  regler: defineCollection({ loader: registry('regler', (file) => readRule(file)), schema: ruleSchema }),
  // The same rules' easy-to-read wording in each translated language, one file per language.
  regelOversattningar: defineCollection({
    loader: registry('regler-oversattningar', readWith(ruleTranslationsSchema, 'översättningen av reglerna')),
    schema: ruleTranslationsSchema,
  }),
  kallor: defineCollection({ loader: registry('kallor', readWith(sourceSchema, 'källan')), schema: sourceSchema }),
  ordlista: defineCollection({ loader: registry('ordlista', readWith(glossaryTermSchema, 'termen')), schema: glossaryTermSchema }),
  // A knowledge check per course module and branching practice cases, shown by <KnowledgeCheck> and <PracticeCase>.
  kunskapskoll: defineCollection({ loader: registry('kunskapskoll', readKnowledgeCheck), schema: knowledgeCheckSchema }),
  ovningsfall: defineCollection({ loader: registry('ovningsfall', readPracticeCase), schema: practiceCaseSchema }),
  // templates/*.yaml: the single source of each template's web page, PDF and Word document.
  templates: defineCollection({ loader: templatesLoader(), schema: templateSchema }),
};
