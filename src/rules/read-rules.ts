import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { plainRuleSchema, type Rule } from '../schemas/rule.ts';
import { readYamlFile } from '../schemas/read-yaml-file.ts';
import { readLegalRegistry } from '../law/registry-entries.ts';
import { formatLegalCitation } from '../registry/format.ts';

export class RuleError extends Error {
  override name = 'RuleError';
}

export interface RuleWithCitations extends Rule {
  /** "14 § LVU", in the order of the rule's lagrum list. */
  citations: string[];
}

const loaded = new Map<string, Map<string, RuleWithCitations>>();

/** Forgets the rules read, so that the next readRules() reads content/regler and content/lagrum again (after an edit, in dev). */
export function forgetRules(): void {
  loaded.clear();
}

/** Every rule in content/regler with the short citations of its provisions; read once, until forgetRules(). */
export function readRules(dir = 'content/regler', registryDir = 'content/lagrum'): Map<string, RuleWithCitations> {
  const key = `${dir}\n${registryDir}`;
  const cached = loaded.get(key);
  if (cached) return cached;
  const rules = new Map<string, RuleWithCitations>();
  const names = existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => /\.ya?ml$/.test(n))
        .sort()
    : [];
  const registry = names.length > 0 ? new Map(readLegalRegistry(registryDir).map(({ id, entry }) => [id, entry])) : new Map();
  for (const name of names) {
    const file = join(dir, name);
    const rule = readYamlFile(file, plainRuleSchema, 'regeln', RuleError);
    const citations = rule.lagrum.map((id) => {
      const entry = registry.get(id);
      if (!entry) throw new RuleError(`${file}: okänt lagrum-id "${id}" i lagrum: det finns ingen fil ${registryDir}/${id}.yaml`);
      return formatLegalCitation(entry);
    });
    rules.set(name.replace(/\.ya?ml$/, ''), { ...rule, citations });
  }
  loaded.set(key, rules);
  return rules;
}

/** The professional wording of a rule as it stands in a template: the text and its citations. */
export function ruleSentence(rule: RuleWithCitations): string {
  return `${withoutFinalStop(rule.text)} (${rule.citations.join(', ')}).`;
}

/** The rule's text without its last full stop, so that the citations stand inside the last sentence. */
export function withoutFinalStop(text: string): string {
  return text.replace(/\.\s*$/, '');
}

const token = /\{\{regel:([a-z0-9-]+)\}\}/g;

/** Replaces every {{regel:id}} in a template's text with the rule; returns the unknown ids too. */
export function withRuleText(text: string, rules: Map<string, RuleWithCitations>): { text: string; unknown: string[] } {
  const unknown: string[] = [];
  const out = text.replace(token, (whole, id: string) => {
    const rule = rules.get(id);
    if (!rule) {
      unknown.push(id);
      return whole;
    }
    return ruleSentence(rule);
  });
  return { text: out, unknown };
}
