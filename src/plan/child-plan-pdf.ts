import { childSummary } from './summary-content.ts';
import { renderSummaryPdf, type FontBytes } from './summary-pdf.ts';
import type { ChildPlan } from './summary-types.ts';

/** "Min träffplan": the child's picture-supported plan of the visits, as a tagged A4 PDF. */
export function renderChildPlanPdf(plan: ChildPlan, fonts: FontBytes): Promise<Uint8Array<ArrayBuffer>> {
  return renderSummaryPdf(childSummary(plan), { fonts, description: 'Barnets egen plan för träffarna, med bilder och enkla ord' });
}
