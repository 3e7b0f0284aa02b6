import type { HastPluginDefinition } from 'satteri';

const OPENING = /[\u201C\u2018]/g;
const SWEDISH: Record<string, string> = { '\u201C': '\u201D', '\u2018': '\u2019' };

/** Swedish typography, ”citat” and ’citat’: the same mark on both sides. */
export function swedishQuotes(text: string): string {
  return text.replace(OPENING, (mark) => SWEDISH[mark]!);
}

/**
 * Sätteri's smart punctuation writes English quotes (“…” and ‘…’); this turns the opening marks
 * into the Swedish closing ones. Only text that has an opening mark is replaced.
 */
export const swedishQuotesPlugin: HastPluginDefinition = {
  name: 'umgangeshandboken:swedish-quotes',
  text(node) {
    if (!/[\u201C\u2018]/.test(node.value)) return;
    return { type: 'text', value: swedishQuotes(node.value) };
  },
};
