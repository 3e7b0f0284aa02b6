import { parentSummary } from './summary-content.ts';
import { renderSummaryPdf, type FontBytes } from './summary-pdf.ts';
import type { ParentPlan } from './summary-types.ts';

/** "Vår plan": one parent's easy-to-read copy of the visitation plan, as a tagged A4 PDF. */
export function renderParentPlanPdf(plan: ParentPlan, fonts: FontBytes): Promise<Uint8Array<ArrayBuffer>> {
  return renderSummaryPdf(parentSummary(plan), { fonts, description: 'Lättläst sammanfattning av umgängesplanen för en förälder' });
}
