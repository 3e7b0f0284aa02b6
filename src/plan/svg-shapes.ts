/*
 * Lucide's icons are drawn with SVG shapes (path, rect, circle, line, …). pdf-lib's drawSvgPath
 * takes one path, and its parser misreads arc flags written together ("a2 2 0 00-2-2"), so every
 * shape becomes path data with each command and number written out, which both pdf-lib and a
 * browser read the same way.
 */

export type ShapeNode = [string, Record<string, string>];

const COMMAND = /[MmLlHhVvCcSsQqTtAaZz]/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
const ARITY: Record<string, number> = { m: 2, l: 2, h: 1, v: 1, c: 6, s: 4, q: 4, t: 2, a: 7, z: 0 };

const format = (value: number) => String(Math.round(value * 1000) / 1000);

/** Path data with one letter per command and single spaces, arc flags read one digit each. */
export function normalizePath(d: string): string {
  const out: string[] = [];
  let index = 0;
  let command = '';
  const skip = () => {
    while (index < d.length && /[\s,]/.test(d[index]!)) index++;
  };
  const readNumber = (flag: boolean): number => {
    skip();
    if (flag) {
      const digit = d[index];
      if (digit !== '0' && digit !== '1') throw new Error(`Ogiltig bågflagga i ${d}`);
      index++;
      return Number(digit);
    }
    const match = NUMBER.exec(d.slice(index));
    if (!match) throw new Error(`Ogiltigt tal i ${d} vid ${index}`);
    index += match[0].length;
    return Number(match[0]);
  };
  for (skip(); index < d.length; skip()) {
    if (COMMAND.test(d[index]!)) command = d[index++]!;
    else if (!command) throw new Error(`Sökvägen börjar inte med ett kommando: ${d}`);
    const arity = ARITY[command.toLowerCase()]!;
    const args: number[] = [];
    for (let arg = 0; arg < arity; arg++) args.push(readNumber(command.toLowerCase() === 'a' && (arg === 3 || arg === 4)));
    // A path's first moveto is absolute even when written "m"; written out as "M", the paths of an icon can be joined.
    out.push([out.length === 0 && command === 'm' ? 'M' : command, ...args.map(format)].join(' '));
    if (arity === 0) continue;
    // Coordinates after a moveto without a new letter are linetos (SVG 1.1, 8.3.2).
    if (command === 'M') command = 'L';
    else if (command === 'm') command = 'l';
  }
  return out.join(' ');
}

const number = (attributes: Record<string, string>, name: string) => Number(attributes[name] ?? 0);

/** One shape as path data. */
export function shapeToPath([kind, attributes]: ShapeNode): string {
  const n = (name: string) => number(attributes, name);
  switch (kind) {
    case 'path':
      return normalizePath(attributes.d ?? '');
    case 'line':
      return normalizePath(`M ${n('x1')} ${n('y1')} L ${n('x2')} ${n('y2')}`);
    case 'polyline':
    case 'polygon': {
      const points = (attributes.points ?? '')
        .trim()
        .split(/[\s,]+/)
        .map(Number);
      const pairs = [];
      for (let at = 0; at + 1 < points.length; at += 2) pairs.push(`${at === 0 ? 'M' : 'L'} ${points[at]} ${points[at + 1]}`);
      return normalizePath(pairs.join(' ') + (kind === 'polygon' ? ' Z' : ''));
    }
    case 'circle':
    case 'ellipse': {
      const rx = kind === 'circle' ? n('r') : n('rx');
      const ry = kind === 'circle' ? n('r') : n('ry');
      const [cx, cy] = [n('cx'), n('cy')];
      return normalizePath(`M ${cx - rx} ${cy} A ${rx} ${ry} 0 1 0 ${cx + rx} ${cy} A ${rx} ${ry} 0 1 0 ${cx - rx} ${cy} Z`);
    }
    case 'rect': {
      const [x, y, width, height] = [n('x'), n('y'), n('width'), n('height')];
      const rx = Math.min(attributes.rx !== undefined ? n('rx') : n('ry'), width / 2);
      const ry = Math.min(attributes.ry !== undefined ? n('ry') : rx, height / 2);
      if (!rx || !ry) return normalizePath(`M ${x} ${y} H ${x + width} V ${y + height} H ${x} Z`);
      const arc = (toX: number, toY: number) => `A ${rx} ${ry} 0 0 1 ${toX} ${toY}`;
      return normalizePath(
        [
          `M ${x + rx} ${y} H ${x + width - rx}`,
          arc(x + width, y + ry),
          `V ${y + height - ry}`,
          arc(x + width - rx, y + height),
          `H ${x + rx}`,
          arc(x, y + height - ry),
          `V ${y + ry}`,
          arc(x + rx, y),
          'Z',
        ].join(' '),
      );
    }
    default:
      throw new Error(`Okänd SVG-form: ${kind}`);
  }
}

/** A whole icon as one path (the icons are stroked only, so joining the shapes changes nothing). */
export function iconToPath(nodes: ShapeNode[]): string {
  return nodes.map(shapeToPath).join(' ');
}
