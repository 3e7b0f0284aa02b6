// Astro reads this file from srcDir, which is the project root here so that content lives in
// the top-level content/ folder with every Starlight Markdown feature intact (see README).
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { pageFields } from './src/schemas/page.ts';
import { checkedLegalReferenceSchema } from './src/law/registry-schema.ts';
import { sourceSchema } from './src/schemas/source.ts';
import { glossaryTermSchema } from './src/schemas/glossary.ts';
import { ruleSchema } from './src/schemas/rule.ts';
import { ruleTranslationsSchema } from './src/schemas/rule-translations.ts';
import { uiStringsSchema } from './src/schemas/ui-strings.ts';
import { knowledgeCheckSchema, practiceCaseSchema } from './src/schemas/knowledge-check.ts';
import { templateSchema } from './src/templates/schema.ts';
import { templatesLoader } from './src/templates/collection.ts';

const registry = (folder: string) => glob({ base: `./content/${folder}`, pattern: '*.{yaml,yml}' });

export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({ extend: pageFields(reference('kallor')) }),
  }),
  // Every string Starlight, its search dialog and the site's own components show, per language (content/i18n/<lang>.json).
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: uiStringsSchema }) }),
  // Each entry is also checked against the statute texts stored in content/lagtext/.
  lagrum: defineCollection({ loader: registry('lagrum'), schema: checkedLegalReferenceSchema() }),
  // Rules stated in several places, written once with the provisions they rest on.
  regler: defineCollection({ loader: registry('regler'), schema: ruleSchema(reference('lagrum')) }),
  // The same rules' easy-to-read wording in each translated language, one file per language.
  regelOversattningar: defineCollection({ loader: registry('regler-oversattningar'), schema: ruleTranslationsSchema }),
  kallor: defineCollection({ loader: registry('kallor'), schema: sourceSchema }),
  ordlista: defineCollection({ loader: registry('ordlista'), schema: glossaryTermSchema }),
  // A knowledge check per course module and branching practice cases, shown by <KnowledgeCheck> and <PracticeCase>.
  kunskapskoll: defineCollection({ loader: registry('kunskapskoll'), schema: knowledgeCheckSchema }),
  ovningsfall: defineCollection({ loader: registry('ovningsfall'), schema: practiceCaseSchema }),
  // templates/*.yaml: the single source of each template's web page, PDF and Word document.
  templates: defineCollection({ loader: templatesLoader(), schema: templateSchema }),
};
