import { legalReferenceSchema } from '../schemas/legal-reference.ts';
import { statuteProblems } from './check-entry.ts';
import { storedStatutes } from './stored-statutes.ts';

/**
 * The legal registry's schema as the build uses it: the entry's own fields, and then the entry
 * measured against the statute texts stored in `dir`, so that a quote that is not in the statute or
 * a provision that does not exist stops the build with the file named.
 */
export function checkedLegalReferenceSchema(dir = 'content/lagtext') {
  return legalReferenceSchema.superRefine((entry, ctx) => {
    for (const { path, message } of statuteProblems(entry, storedStatutes(dir))) ctx.addIssue({ code: 'custom', path, message });
  });
}
