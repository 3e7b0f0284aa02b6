import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Root } from 'mdast';
import type { Plugin } from 'unified';

/** The MDX components that cite a registry entry, and the folder in content/ that holds the entries. */
export const citationComponents = {
  Lagrum: { folder: 'lagrum', kind: 'lagrum' },
  Kalla: { folder: 'kallor', kind: 'källa' },
  Term: { folder: 'ordlista', kind: 'ordlistans term' },
} as const;

export type CitationComponent = keyof typeof citationComponents;

const readIds = new Map<string, { mtimeMs: number; ids: Set<string> }>();

/**
 * Ids present in a registry folder: one YAML file per entry, named by its id. The folder is read
 * once and then again only when it has changed (a file added, removed or renamed changes the
 * folder's mtime), so a build does not list it for every page and the dev server still sees new entries.
 */
export function registryIds(contentDir: string, folder: string): Set<string> {
  const path = join(contentDir, folder);
  try {
    const { mtimeMs } = statSync(path);
    const cached = readIds.get(path);
    if (cached?.mtimeMs === mtimeMs) return cached.ids;
    const ids = new Set(
      readdirSync(path)
        .filter((name) => /\.ya?ml$/.test(name))
        .map((name) => name.replace(/\.ya?ml$/, '')),
    );
    readIds.set(path, { mtimeMs, ids });
    return ids;
  } catch {
    readIds.delete(path);
    return new Set();
  }
}

export interface CitationProblem {
  line: number | undefined;
  message: string;
}

interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
  children?: JsxNode[];
}

/** Finds every citation component in an MDX tree whose id is missing or unknown. */
export function findCitationProblems(tree: JsxNode, contentDir: string): CitationProblem[] {
  const known = new Map<string, Set<string>>();
  const problems: CitationProblem[] = [];
  const visit = (node: JsxNode) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && node.name in citationComponents) {
      const { folder, kind } = citationComponents[node.name as CitationComponent];
      if (!known.has(folder)) known.set(folder, registryIds(contentDir, folder));
      const idAttribute = node.attributes?.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id');
      const line = node.position?.start.line;
      if (!idAttribute || typeof idAttribute.value !== 'string' || idAttribute.value === '') {
        problems.push({ line, message: `<${node.name}> saknar id (skriv till exempel <${node.name} id="..." />)` });
      } else if (!known.get(folder)!.has(idAttribute.value)) {
        problems.push({
          line,
          message: `okänt ${kind}-id "${idAttribute.value}" i <${node.name}>: det finns ingen fil content/${folder}/${idAttribute.value}.yaml`,
        });
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}

/** Remark plugin: fails the build when a page cites a registry id that does not exist. */
const remarkRegistryCitations: Plugin<[{ contentDir: string; root: string }], Root> = function (options) {
  return (tree, file) => {
    if (!file.path?.includes(`${options.contentDir}/docs/`)) return;
    const problems = findCitationProblems(tree as JsxNode, options.contentDir);
    if (problems.length === 0) return;
    const name = relative(options.root, file.path);
    throw new Error(problems.map((problem) => `${name}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`).join('\n'));
  };
};

export default remarkRegistryCitations;
