import { globSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { isFallbackNotice } from '../i18n/fallback.ts';
import { selectAll } from 'hast-util-select';

/*
 * The link contract: every published address and anchor, committed in content/published-links.json.
 * Trainers put these in slides and course plans that live for years, so none may disappear
 * unless a redirect (for a page) or an alias id (for an anchor) keeps it working.
 */

/** Address -> anchor ids on that page. */
export type LinkMap = Record<string, string[]>;

const ANCHORS = ['.sl-markdown-content :is(h2, h3, h4, h5, h6)[id]', '.sl-markdown-content [data-anchor][id]', '[data-anchor-alias][id]'].join(', ');

/** Reads the built site: each page's address and the anchors a link may point to. */
export function readPublishedLinks(distDir: string): LinkMap {
  const links: LinkMap = {};
  for (const file of globSync(`${distDir}/**/index.html`).sort()) {
    const html = readFileSync(file, 'utf8');
    if (/<meta http-equiv="refresh"/.test(html)) continue; // a redirect, not a page
    // Another language's address for a Swedish-only page: a notice, not a published page.
    if (isFallbackNotice(html)) continue;
    const path = `/${relative(distDir, file).replace(/index\.html$/, '')}`;
    const ids = selectAll(ANCHORS, fromHtml(html)).map((element) => String(element.properties.id));
    links[path] = [...new Set(ids)].sort();
  }
  return links;
}

/** Everything in the contract that the built site no longer answers, in Swedish. */
export function checkLinkContract(contract: LinkMap, published: LinkMap, redirects: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const [path, anchors] of Object.entries(contract)) {
    const target = published[path] ? path : (redirects[path] ?? redirects[path.replace(/\/$/, '')]);
    if (!target || !published[target.endsWith('/') ? target : `${target}/`]) {
      problems.push(`sidan ${path} finns inte längre och ingen omdirigering leder vidare: lägg till en i src/navigation/redirects.ts`);
      continue;
    }
    const found = new Set(published[target.endsWith('/') ? target : `${target}/`]);
    for (const anchor of anchors) {
      if (!found.has(anchor)) {
        problems.push(
          `ankaret ${path}#${anchor} finns inte längre: ge rubriken id:t igen med {/* #${anchor} */} eller lägg <span id="${anchor}" data-anchor-alias></span> där avsnittet nu står`,
        );
      }
    }
  }
  return problems;
}

/** Published addresses and anchors that the contract does not list yet. */
export function newLinks(contract: LinkMap, published: LinkMap): LinkMap {
  const added: LinkMap = {};
  for (const [path, anchors] of Object.entries(published)) {
    const known = new Set(contract[path] ?? []);
    const fresh = contract[path] ? anchors.filter((anchor) => !known.has(anchor)) : anchors;
    if (!contract[path] || fresh.length) added[path] = fresh;
  }
  return added;
}

/** The contract with new links added; nothing is ever removed here. */
export function mergeContract(contract: LinkMap, added: LinkMap): LinkMap {
  const merged: LinkMap = structuredClone(contract);
  for (const [path, anchors] of Object.entries(added)) merged[path] = [...new Set([...(merged[path] ?? []), ...anchors])].sort();
  return Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b)));
}
