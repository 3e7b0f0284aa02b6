/**
 * Adds newly published addresses and anchors to content/published-links.json (never removes any):
 *   npm run build && npm run link-contract
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mergeContract, newLinks, readPublishedLinks, type LinkMap } from '../src/navigation/link-contract.ts';

const file = 'content/published-links.json';
const contract: LinkMap = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
const added = newLinks(contract, readPublishedLinks('dist'));
writeFileSync(file, `${JSON.stringify(mergeContract(contract, added), null, 2)}\n`);
const count = Object.values(added).reduce((sum, anchors) => sum + anchors.length, 0);
console.log(`${Object.keys(added).length} sidor och ${count} ankare lades till i ${file}.`);
