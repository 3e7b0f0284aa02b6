import { getCollection } from 'astro:content';
import { changeAfterReview, type Change } from '../schemas/change.ts';
import { getTemplates, pagePath } from '../template-files/catalog.ts';

/*
 * Every change the editors have written, in pages and templates, newest first: the source of
 * "Vad är nytt" and its feed. A change dated after its page's review date stops the build.
 */

export interface SiteChange extends Change {
  /** Which of the page's changes on the same day this is, from 0. */
  index: number;
  /** The page or template the change is in. */
  path: string;
  title: string;
  kind: 'sida' | 'mall';
}

/** The id of a change's line in its page's history: "andring-2026-12-02", then "-2", "-3" for more the same day. */
export function changeAnchor(change: Pick<SiteChange, 'date'> & { index?: number }): string {
  return `andring-${change.date}${change.index ? `-${change.index + 1}` : ''}`;
}

export class ChangeError extends Error {
  override name = 'ChangeError';
}

/** How many earlier entries in the list have the same day: 0 for the first change of a day. */
export function sameDayIndex(changes: readonly Change[], index: number): number {
  return changes.slice(0, index).filter((change) => change.date === changes[index]!.date).length;
}

export async function siteChanges(): Promise<SiteChange[]> {
  const pages = await getCollection('docs');
  const changes: SiteChange[] = [];
  for (const page of pages) {
    const problem = changeAfterReview(page.filePath ?? `content/docs/${page.id}.mdx`, page.data.reviewed, page.data.changes);
    if (problem) throw new ChangeError(problem);
    const path = page.id === 'index' ? '/' : `/${page.id}/`;
    page.data.changes.forEach((change, i) =>
      changes.push({ ...change, index: sameDayIndex(page.data.changes, i), path, title: page.data.title, kind: 'sida' }),
    );
  }
  for (const template of await getTemplates()) {
    template.changes.forEach((change, i) =>
      changes.push({ ...change, index: sameDayIndex(template.changes, i), path: pagePath(template.id), title: template.title, kind: 'mall' }),
    );
  }
  return changes.sort((a, b) => (a.date === b.date ? a.title.localeCompare(b.title, 'sv') : a.date < b.date ? 1 : -1));
}
