/*
 * Heading anchors that trainers can paste anywhere: ASCII only ("gor-planen-tillsammans",
 * not "gör-planen-tillsammans", which turns into %C3%B6 in a link), and fixed by hand where a
 * heading's wording may change: `## Gör planen tillsammans {/* #gor-planen *\/}`.
 * Astro's own heading-id step keeps an id that is already set, so these win.
 */

import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import type { Plugin } from 'unified';

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

interface Node {
  type: string;
  tagName?: string;
  value?: string;
  depth?: number;
  properties?: Record<string, unknown>;
  data?: { hProperties?: Record<string, unknown> };
  children?: Node[];
}

function visit(node: Node, test: (node: Node) => boolean, action: (node: Node) => void) {
  if (test(node)) action(node);
  node.children?.forEach((child) => visit(child, test, action));
}

/** Remark: a trailing `{/* #id *\/}` in a heading becomes the heading's id. */
export const remarkExplicitHeadingIds: Plugin<[], MdastRoot> = function () {
  return (tree) => {
    visit(
      tree as Node,
      (node) => node.type === 'heading',
      (heading) => {
        const children = heading.children ?? [];
        const last = children[children.length - 1];
        const match = last?.type === 'mdxTextExpression' ? EXPLICIT_ID.exec(last.value?.trim() ?? '') : null;
        if (!match) return;
        children.pop();
        const previous = children[children.length - 1];
        if (previous?.type === 'text' && previous.value) previous.value = previous.value.trimEnd();
        heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id: match[1] } };
      },
    );
  };
};

function textOf(node: Node): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** Rehype: every heading without an id gets an ASCII slug, unique in the page. */
export const rehypeAsciiHeadingIds: Plugin<[], HastRoot> = function () {
  return (root) => {
    const tree = root as Node;
    const used = new Set<string>();
    const isHeading = (node: Node) => node.type === 'element' && /^h[1-6]$/.test(node.tagName ?? '');
    visit(tree, (node) => node.type === 'element' && typeof node.properties?.id === 'string', (node) => used.add(node.properties!.id as string));
    visit(tree, isHeading, (heading) => {
      if (typeof heading.properties?.id === 'string') return;
      const base = slugify(textOf(heading)) || 'rubrik';
      let id = base;
      for (let n = 1; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      heading.properties = { ...heading.properties, id };
    });
  };
};
