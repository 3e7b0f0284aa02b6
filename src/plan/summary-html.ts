import { ICONS, type IconName } from './icons.ts';
import { childSummary, parentSummary, type Summary, type SummaryItem, type SummarySection } from './summary-content.ts';
import type { ChildPlan, ParentPlan } from './summary-types.ts';

/*
 * "Vår plan" and "Min träffplan" as standalone HTML documents: one inline style sheet, no
 * script, nothing fetched. The same model and symbols as the PDFs (summary-content.ts), laid out
 * for a phone's width first and for one printed A4 page.
 */

export function parentPlanHtml(plan: ParentPlan): string {
  return summaryHtml(parentSummary(plan));
}

export function childPlanHtml(plan: ChildPlan): string {
  return summaryHtml(childSummary(plan));
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);

function summaryHtml(summary: Summary): string {
  const facts = [...(summary.dateLine ? [escapeHtml(summary.dateLine)] : []), ...summary.facts.map(itemContent)];
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(summary.runningHead)}</title>
<style>${STYLE}</style>
</head>
<body class="${summary.audience}">
<main>
<header>
<h1>${escapeHtml(summary.audience === 'parent' ? summary.runningHead : summary.title)}</h1>
${facts.length ? `<p class="facts">${facts.map((fact) => `<span>${fact}</span>`).join(' · ')}</p>\n` : ''}<p>${summary.intro.map(escapeHtml).join(' ')}</p>
</header>
${summary.sections.map(sectionHtml).join('\n')}
</main>
</body>
</html>
`;
}

function sectionHtml(section: SummarySection): string {
  return `<section${section.boxed ? ' class="boxed"' : ''}>
${iconSvg(section.icon)}
<div>
<h2>${escapeHtml(section.heading)}</h2>
${section.items.map(itemHtml).join('\n')}
</div>
</section>`;
}

function itemHtml(entry: SummaryItem): string {
  const paragraph = `<p${entry.sub?.length ? ' class="lead"' : ''}>${itemContent(entry)}</p>`;
  if (!entry.sub?.length) return paragraph;
  return `${paragraph}\n<ul>\n${entry.sub.map((sub) => `<li>${itemContent(sub)}</li>`).join('\n')}\n</ul>`;
}

/** The label in bold, the text, and the parts after dashes: the same line as in the PDF. */
function itemContent(entry: SummaryItem): string {
  const label = entry.label && escapeHtml(entry.label);
  const text = entry.text && escapeHtml(entry.text);
  const parts = (entry.parts ?? []).map((part) => ` – ${itemContent(part)}`).join('');
  const labelHtml = label ? `<strong>${label}${text ? ':' : ''}</strong>` : '';
  const textHtml = text ? (entry.strong ? `<strong>${text}</strong>` : text) : '';
  return [labelHtml, textHtml].filter(Boolean).join(' ') + parts;
}

function iconSvg(name: IconName): string {
  return `<svg class="icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="${ICONS[name]}"/></svg>`;
}

const STYLE = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;color:#121212;background:#fff;font-family:"Noto Sans","Segoe UI",system-ui,-apple-system,Roboto,Arial,sans-serif;font-size:1.125rem;line-height:1.45;overflow-wrap:anywhere}
main{max-width:44rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;line-height:1.2;margin:0 0 .4rem}
.child h1{font-size:2rem}
h2{font-size:1.2rem;line-height:1.25;margin:0 0 .25rem;color:#0d5280}
.child h2{font-size:1.3rem}
p{margin:0 0 .2rem;white-space:pre-line}
.facts{color:#333}
.facts span{display:inline-block}
header{margin-bottom:.6rem}
header p{margin-bottom:.3rem}
section{display:grid;grid-template-columns:1.6rem 1fr;column-gap:.6rem;align-items:start;margin:0 0 .8rem}
.child section{grid-template-columns:2.4rem 1fr;column-gap:.8rem}
.icon{width:1.5rem;height:1.5rem;color:#0d5280;margin-top:.05rem}
.child .icon{width:2.3rem;height:2.3rem;margin-top:0}
ul{margin:0 0 .2rem;padding-left:1.1rem}
li{margin:0 0 .1rem;white-space:pre-line}
.lead{margin-bottom:0}
.boxed{border:2px solid #0d5280;background:#eef4f8;border-radius:.4rem;padding:.6rem .7rem}
@page{size:A4;margin:13mm 16mm}
@media print{
body{font-size:12pt;line-height:1.3}
.child{font-size:13pt}
main{max-width:none;padding:0}
h1{font-size:20pt}
.child h1{font-size:26pt}
h2{font-size:14pt}
.child h2{font-size:15.5pt}
section{margin-bottom:7pt;break-inside:avoid}
.boxed{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`.trim();
