import { folderLoader } from '../registry/loader.ts';
import { readTemplate } from './load.ts';
import { forgetRules } from '../rules/read-rules.ts';

/**
 * The loader of the `templates` content collection: one YAML file per template in templates/, its file
 * name the id. Each file is read by readTemplate, as scripts and tests read it, so the template schema runs
 * once per file (the collection's `schema` only gives it its types) and a broken template stops the build
 * with the file and the field named in Swedish; in dev, a changed template reloads its pages. A template
 * states rules from content/regler with their citations from content/lagrum (read by readRules, once per
 * load), so an edit there reads every template again.
 */
export function templatesLoader(folder = 'templates') {
  return folderLoader({
    name: 'umgangeshandboken:templates',
    folder,
    read: readTemplate,
    dependsOn: { folders: ['content/regler', 'content/lagrum'], forget: forgetRules },
  });
}
