/*
 * Heading anchors that trainers can paste anywhere: ASCII only ("gor-planen-tillsammans",
 * not "gör-planen-tillsammans", which turns into %C3%B6 in a link), and fixed by hand where a
 * heading's wording may change: `## Gör planen tillsammans {/* #gor-planen *\/}`.
 * Astro's own heading-id step keeps an id that is already set, so these win.
 */

import type { HastPluginEntry, HastVisitorContext } from 'satteri';
import type { Element } from 'hast';

const TRANSLITERATE: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', æ: 'ae', ø: 'o', ß: 'ss' };

export function slugify(text: string): string {
  return text
    .toLocaleLowerCase('sv-SE')
    .replace(/[åäöæøß]/g, (letter) => TRANSLITERATE[letter]!)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const EXPLICIT_ID = /^\/\*\s*#([a-z0-9][a-z0-9-]*)\s*\*\/$/;
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** The id a heading's trailing `{/* #id *\/}` gives it, if it ends with one. */
function explicitId(heading: Readonly<Element>): string | undefined {
  const last = heading.children.at(-1);
  if (last?.type !== 'mdxTextExpression') return undefined;
  return EXPLICIT_ID.exec(last.value.trim())?.[1];
}

/**
 * Sätteri hast plugins, two passes per page: first the ids given by hand (which also drop the
 * comment and the space before it), then an ASCII slug, unique in the page, for every other heading.
 */
export const headingIds: HastPluginEntry = () => {
  const used = new Set<string>();
  const setExplicit = (heading: Readonly<Element>, ctx: HastVisitorContext) => {
    const id = explicitId(heading);
    if (!id) {
      if (typeof heading.properties.id === 'string') used.add(heading.properties.id);
      return;
    }
    used.add(id);
    const children = heading.children;
    ctx.removeNode(children.at(-1)!);
    const previous = children.at(-2);
    if (previous?.type === 'text') ctx.setProperty(previous, 'value', previous.value.trimEnd());
    ctx.setProperty(heading, 'id', id);
  };
  const setSlug = (heading: Readonly<Element>, ctx: HastVisitorContext) => {
    if (typeof heading.properties.id === 'string') return;
    const base = slugify(ctx.textContent(heading)) || 'rubrik';
    let id = base;
    for (let n = 1; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    ctx.setProperty(heading, 'id', id);
  };
  return [
    { name: 'umgangeshandboken:explicit-heading-ids', element: { filter: HEADINGS, visit: setExplicit } },
    { name: 'umgangeshandboken:ascii-heading-ids', element: { filter: HEADINGS, visit: setSlug } },
  ];
};
