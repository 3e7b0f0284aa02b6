import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { iconModule, PLAN_ICON_NAMES } from '../../../src/plan/icon-module.ts';
import { ICONS } from '../../../src/plan/icons.ts';
import { iconToPath, normalizePath, shapeToPath } from '../../../src/plan/svg-shapes.ts';

const nodes = JSON.parse(readFileSync('node_modules/lucide-static/icon-nodes.json', 'utf8'));
const version = JSON.parse(readFileSync('node_modules/lucide-static/package.json', 'utf8')).version;

describe('the plan symbols', () => {
  test('src/plan/icons.ts is what scripts/plan-icons.ts makes from the installed lucide-static', () => {
    expect(readFileSync('src/plan/icons.ts', 'utf8')).toBe(iconModule(nodes, version));
    expect(Object.keys(ICONS)).toEqual([...PLAN_ICON_NAMES]);
  });

  test('names a symbol Lucide does not have', () => {
    expect(() => iconModule({}, version)).toThrow('Lucide har ingen symbol som heter calendar');
  });

  test('reads arc flags written together and makes a first relative moveto absolute', () => {
    expect(normalizePath('m21 7.3V5a2 2 0 00-2-2')).toBe('M 21 7.3 V 5 a 2 2 0 0 0 -2 -2');
    expect(normalizePath('M2 9.5a5.5 5.5 0 0 1 9.591-3.676.56.56 0 0 0 .818 0')).toBe(
      'M 2 9.5 a 5.5 5.5 0 0 1 9.591 -3.676 a 0.56 0.56 0 0 0 0.818 0',
    );
    expect(normalizePath('M1 2 3 4m1 1 2 2')).toBe('M 1 2 L 3 4 m 1 1 l 2 2');
  });

  test('turns shapes into paths', () => {
    expect(shapeToPath(['line', { x1: '12', x2: '12', y1: '8', y2: '12' }])).toBe('M 12 8 L 12 12');
    expect(shapeToPath(['circle', { cx: '12', cy: '10', r: '3' }])).toBe('M 9 10 A 3 3 0 1 0 15 10 A 3 3 0 1 0 9 10 Z');
    expect(shapeToPath(['rect', { x: '2', y: '4', width: '20', height: '16' }])).toBe('M 2 4 H 22 V 20 H 2 Z');
    expect(shapeToPath(['rect', { x: '3', y: '3', width: '18', height: '18', rx: '2' }])).toBe(
      'M 5 3 H 19 A 2 2 0 0 1 21 5 V 19 A 2 2 0 0 1 19 21 H 5 A 2 2 0 0 1 3 19 V 5 A 2 2 0 0 1 5 3 Z',
    );
    expect(shapeToPath(['polyline', { points: '1 2, 3 4 5 6' }])).toBe('M 1 2 L 3 4 L 5 6');
    expect(
      iconToPath([
        ['path', { d: 'M8 2v3' }],
        ['path', { d: 'm14 13-4 4' }],
      ]),
    ).toBe('M 8 2 v 3 M 14 13 l -4 4');
  });

  test('says what is wrong with path data it cannot read', () => {
    expect(() => normalizePath('M1 2a2 2 0 2 0 3 3')).toThrow('Ogiltig bågflagga i M1 2a2 2 0 2 0 3 3');
    expect(() => normalizePath('M1 x')).toThrow('Ogiltigt tal i M1 x vid 3');
    expect(() => normalizePath('1 2')).toThrow('Sökvägen börjar inte med ett kommando: 1 2');
    expect(() => shapeToPath(['text', {}])).toThrow('Okänd SVG-form: text');
  });
});
