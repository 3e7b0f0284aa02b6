import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry, MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';
import { citationComponents, citationOf } from './citation-elements.ts';

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

type JsxElement = Readonly<MdxJsxFlowElement | MdxJsxTextElement>;

/** What is wrong with one MDX element, if it is a citation component with a missing or unknown id. */
export function citationProblem(node: JsxElement, contentDir: string): CitationProblem | undefined {
  const citation = citationOf(node);
  if (!citation) return undefined;
  const { name, id } = citation;
  const { folder, kind } = citationComponents[name];
  const line = node.position?.start.line;
  if (id === undefined || id === '') {
    return { line, message: `<${name}> saknar id (skriv till exempel <${name} id="..." />)` };
  }
  if (!registryIds(contentDir, folder).has(id)) {
    return { line, message: `okänt ${kind}-id "${id}" i <${name}>: det finns ingen fil content/${folder}/${id}.yaml` };
  }
  return undefined;
}

/**
 * Sätteri mdast plugin: fails the build when a page in content/docs cites a registry id that does
 * not exist, naming the file, the line and the id of every such citation at once.
 */
export function registryCitations(options: { contentDir: string; root: string }): MdastPluginEntry {
  return ({ fileURL }) => {
    const path = fileURL ? fileURLToPath(fileURL) : undefined;
    if (!path?.startsWith(`${options.contentDir}/docs/`)) return null;
    const problems: CitationProblem[] = [];
    const check = (node: JsxElement) => {
      const problem = citationProblem(node, options.contentDir);
      if (problem) problems.push(problem);
    };
    return {
      name: 'umgangeshandboken:registry-citations',
      // The error names the line of each citation.
      options: { position: true },
      mdxJsxFlowElement: check,
      mdxJsxTextElement: check,
      after() {
        if (problems.length === 0) return;
        const name = relative(options.root, path);
        throw new Error(problems.map((problem) => `${name}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`).join('\n'));
      },
    };
  };
}
