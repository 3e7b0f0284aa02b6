import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ruleSchema, type Rule } from '../schemas/rule.ts';
import { parseYamlText } from '../schemas/read-yaml-file.ts';
import { readOnce } from '../registry/read-once.ts';
import { readLegalEntry } from '../law/registry-entries.ts';
import { formatLegalCitation } from '../registry/format.ts';

export class RuleError extends Error {
  override name = 'RuleError';
}

export interface RuleWithCitations extends Rule {
  /** "14 § LVU", in the order of the rule's lagrum list. */
  citations: string[];
}

/**
 * One rule (content/regler/<id>.yaml), the only way the build and the scripts read one: parsed once while the
 * file stays the same, and each provision it rests on checked to have an entry in the legal registry in `registryDir`.
 */
export function readRule(file: string, registryDir = 'content/lagrum'): Rule {
  const rule = readOnce('regel', file, (name, text) => parseYamlText(name, text, ruleSchema, 'regeln', RuleError));
  // Checked at every read, not kept with the parse: in dev, a provision's file can go while the rule stays.
  for (const id of rule.lagrum) {
    if (!existsSync(join(registryDir, `${id}.yaml`))) {
      throw new RuleError(`${file}: okänt lagrum-id "${id}" i lagrum: det finns ingen fil ${registryDir}/${id}.yaml`);
    }
  }
  return rule;
}

const loaded = new Map<string, Map<string, RuleWithCitations>>();

/** Forgets the rules read, so that the next readRules() puts them together again (after an edit, in dev). */
export function forgetRules(): void {
  loaded.clear();
}

/**
 * Every rule in content/regler with the short citations of its provisions, each file read by readRule and each
 * provision by readLegalEntry, as the collections read them; put together once, until forgetRules().
 */
export function readRules(dir = 'content/regler', registryDir = 'content/lagrum', lagtextDir = 'content/lagtext'): Map<string, RuleWithCitations> {
  const key = `${dir}\n${registryDir}\n${lagtextDir}`;
  const cached = loaded.get(key);
  if (cached) return cached;
  const rules = new Map<string, RuleWithCitations>();
  const names = existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => /\.ya?ml$/.test(n))
        .sort()
    : [];
  for (const name of names) {
    const rule = readRule(join(dir, name), registryDir);
    const citations = rule.lagrum.map((id) => formatLegalCitation(readLegalEntry(join(registryDir, `${id}.yaml`), lagtextDir)));
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
