import { type MdastNode, type MdxJsxFlowElement, type MdxJsxTextElement, mdxToMdast } from 'satteri';

/**
 * The Markdown tree (mdast) of a page's MDX, parsed as the site parses it: GFM tables and task lists,
 * and the `:::` directives Starlight turns on for its asides. No positions: nothing here reads them.
 */
export function mdxTree(source: string): MdastNode {
  return mdxToMdast(source, { features: { gfm: true, directive: true }, position: false });
}

/** The MDX components that cite a registry entry, and the folder in content/ that holds the entries. */
export const citationComponents = {
  Lagrum: { folder: 'lagrum', kind: 'lagrum' },
  Regel: { folder: 'regler', kind: 'regel' },
  Kalla: { folder: 'kallor', kind: 'källa' },
  Term: { folder: 'ordlista', kind: 'ordlistans term' },
} as const;

export type CitationComponent = keyof typeof citationComponents;

export interface CitationElement {
  name: CitationComponent;
  /** The `id` attribute; undefined when it is missing or an expression. */
  id: string | undefined;
  node: MdxJsxFlowElement | MdxJsxTextElement;
}

/** The citation an MDX element makes, if it is one of the citation components. */
export function citationOf(node: MdastNode): CitationElement | undefined {
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
  if (!node.name || !Object.hasOwn(citationComponents, node.name)) return undefined;
  const id = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id')?.value;
  return { name: node.name as CitationComponent, id: typeof id === 'string' ? id : undefined, node };
}

/** Every citation in a tree, in document order, also those inside other elements. */
export function citationsIn(tree: MdastNode): CitationElement[] {
  const found: CitationElement[] = [];
  const visit = (node: MdastNode) => {
    const citation = citationOf(node);
    if (citation) found.push(citation);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return found;
}
