/**
 * Writes src/plan/icons.ts: the symbols of "Vår plan" and "Min träffplan" as path data, from
 * lucide-static's icon-nodes.json. A generated module rather than `?raw` SVG imports, so that the
 * same data draws the PDF (pdf-lib's drawSvgPath) and the HTML (inline <svg>) in Node, in vitest
 * and in the browser's worker without a bundler feature. Run again after adding a name:
 *   npx node scripts/plan-icons.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { iconModule } from '../src/plan/icon-module.ts';

const nodes = JSON.parse(readFileSync('node_modules/lucide-static/icon-nodes.json', 'utf8'));
const version = JSON.parse(readFileSync('node_modules/lucide-static/package.json', 'utf8')).version as string;
writeFileSync('src/plan/icons.ts', iconModule(nodes, version));
