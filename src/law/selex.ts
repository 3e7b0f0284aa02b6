/*
 * Reads a consolidated Swedish statute in SE-Lex Markdown (Regeringskansliet's SFS-K converted by the
 * SE-Lex project): the header's publication date and amendments, and every section (paragraf) as the
 * version in force on a given day, split into its stycken.
 */

export interface Amendment {
  sfs: string;
  inForce: string | undefined;
}

export interface ConsolidationHeader {
  sfs: string;
  title: string;
  /** The day the consolidated text was published (publicerad_datum). */
  published: string;
  amendments: Amendment[];
}

export interface SectionVersion {
  /** "30" for a chapter, "" for a statute without chapters. */
  chapter: string;
  /** As the statute writes it: "14", "32 a". */
  section: string;
  /** The stycken, each as plain text; the points of a numbered or dashed list stay in their stycke, one per line. */
  paragraphs: string[];
  /** The amending act named at the end of the section ("Lag (2018:686)."), if any. */
  lastAmendedBy?: string;
  inForceFrom?: string;
  inForceUntil?: string;
}

export interface ParsedStatute {
  header: ConsolidationHeader;
  /** The version in force on the day asked for, by key (see provisionKey). */
  inForce: Map<string, SectionVersion>;
  /** Versions that come into force after that day, by key. */
  upcoming: Map<string, SectionVersion>;
}

/** "30", "7" -> "30:7"; "", "32 a" -> ":32a". */
export function provisionKey(chapter: string | undefined, section: string): string {
  return `${(chapter ?? '').replace(/\s+/g, '')}:${section.replace(/\s+/g, '').replace(/§/g, '')}`;
}

/** "32a" -> "32 a" */
function sectionLabel(id: string): string {
  return id.replace(/^(\d+)([a-z])$/, '$1 $2');
}

/** The text a reader sees: link texts without their addresses, no HTML, one space between words. */
export function plainStatuteText(markdown: string): string {
  return markdown
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[ \t\u00a0]+/g, ' ')
    .trim();
}

function headerField(front: string, name: string): string | undefined {
  const match = front.match(new RegExp(`^${name}:\\s*"?([^"\\n]*)"?\\s*$`, 'm'));
  return match?.[1]?.trim();
}

/**
 * The YAML header of an SE-Lex file is not always valid YAML (a list can start on the key's line),
 * so the fields the handbook needs are read line by line.
 */
export function parseHeader(text: string, file: string): ConsolidationHeader {
  const front = text.match(/^---\n([\s\S]*?)\n---/)?.[1];
  if (!front) throw new Error(`${file}: ingen rubrikdel (---) överst: filen är inte en lagtext i SE-Lex format`);
  const sfs = headerField(front, 'beteckning');
  const title = headerField(front, 'rubrik');
  const published = headerField(front, 'publicerad_datum');
  if (!sfs || !title || !published) {
    throw new Error(`${file}: rubrikdelen saknar beteckning, rubrik eller publicerad_datum`);
  }
  const amendments: Amendment[] = [];
  const list = front.split(/^andringsforfattningar:\s*$/m)[1] ?? '';
  for (const item of list.split(/^\s*-\s+beteckning:/m).slice(1)) {
    const number = item.match(/^\s*"?([^"\n]+)"?/)?.[1]?.trim();
    if (number) amendments.push({ sfs: number, inForce: item.match(/ikraft_datum:\s*"?(\d{4}-\d{2}-\d{2})/)?.[1] });
  }
  return { sfs, title, published, amendments };
}

const pointStart = /^(\d+ ?[a-z]?\.|[a-z]\)|-)\s/;

/** Splits a section's body into stycken: a list item belongs to the stycke before it. */
function paragraphsOf(body: string): { paragraphs: string[]; lastAmendedBy?: string } {
  const blocks = body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block && !/^#+\s/.test(block));
  const paragraphs: string[] = [];
  for (const block of blocks) {
    const text = plainStatuteText(block.replace(/\n/g, ' '));
    if (pointStart.test(text) && paragraphs.length > 0) paragraphs[paragraphs.length - 1] += `\n${text}`;
    else paragraphs.push(text);
  }
  // The conversion left some group headings ("Underrättelse till åklagaren") as plain lines at the end
  // of the section before them. A stycke of the statute ends with a punctuation mark; a list may not.
  while (paragraphs.length > 1 && /^[^\n]{1,150}$/.test(paragraphs.at(-1)!) && !/[.:;,)]$/.test(paragraphs.at(-1)!)) paragraphs.pop();
  let lastAmendedBy: string | undefined;
  const last = paragraphs.length - 1;
  if (last >= 0) {
    paragraphs[last] = paragraphs[last]!.replace(/\s*(?:Lag|Förordning) \((\d{4}:\d+)\)\.\s*$/, (_, sfs: string) => {
      lastAmendedBy = sfs;
      return '';
    });
  }
  return { paragraphs, lastAmendedBy };
}

const sectionOpen = /<section id="(?:kap(\d+[a-z]?)\.)?(\d+[a-z]?)"([^>]*)>/g;

/**
 * Older SE-Lex files have no <section> elements: a "N kap." heading opens a chapter, a "N §" heading
 * a section, and any other heading ends it. Transitional provisions at the end are not sections.
 */
function sectionsFromHeadings(text: string): Map<string, SectionVersion> {
  const sections = new Map<string, SectionVersion>();
  let chapter = '';
  let open: { key: string; section: string; lines: string[] } | undefined;
  const close = () => {
    if (open) sections.set(open.key, { chapter, section: open.section, ...paragraphsOf(open.lines.join('\n')) });
    open = undefined;
  };
  for (const line of text.replace(/^---\n[\s\S]*?\n---/, '').split('\n')) {
    const heading = line.match(/^#+\s+(.*)$/)?.[1]?.trim();
    if (heading === undefined) {
      open?.lines.push(line);
      continue;
    }
    close();
    if (/^Övergångsbestämmelser/i.test(heading)) break;
    const chapterHeading = heading.match(/^(\d+ ?[a-z]?) kap\./);
    const sectionHeading = heading.match(/^(\d+ ?[a-z]?) §$/);
    if (chapterHeading) chapter = chapterHeading[1]!.replace(/\s+/g, '');
    else if (sectionHeading) {
      const id = sectionHeading[1]!.replace(/\s+/g, '');
      open = { key: provisionKey(chapter, id), section: sectionLabel(id), lines: [] };
    }
  }
  close();
  return sections;
}

/** Parses a whole SE-Lex file; `day` (YYYY-MM-DD) decides which version of a section is in force. */
export function parseStatute(text: string, file: string, day: string): ParsedStatute {
  const header = parseHeader(text, file);
  const inForce = new Map<string, SectionVersion>();
  const upcoming = new Map<string, SectionVersion>();
  if (!/<section id="(?:kap\d+[a-z]?\.)?\d+[a-z]?"/.test(text)) {
    return { header, inForce: sectionsFromHeadings(text), upcoming };
  }
  for (const match of text.matchAll(sectionOpen)) {
    const [, chapter = '', id = '', attributes = ''] = match;
    const start = match.index + match[0].length;
    const end = text.indexOf('</section>', start);
    const raw = text.slice(start, end < 0 ? undefined : end);
    // Only a section that opens with its own "N §" heading is a paragraf; others are groups of them.
    const heading = raw.match(/^\s*#+\s+(\d+ ?[a-z]?)\s*§\s*\n/);
    if (!heading) continue;
    const status = attributes.match(/selex:status="([^"]+)"/)?.[1];
    const from = attributes.match(/selex:ikraft_datum="([^"]+)"/)?.[1];
    const until = attributes.match(/selex:upphor_datum="([^"]+)"/)?.[1];
    const repealed = /selex:upphavd="true"/.test(attributes);
    const version: SectionVersion = {
      chapter,
      section: sectionLabel(id),
      ...paragraphsOf(raw.slice(heading[0].length)),
      ...(from ? { inForceFrom: from } : {}),
      ...(until ? { inForceUntil: until } : {}),
    };
    const key = provisionKey(chapter, id);
    if (from && from > day) {
      if (!repealed) upcoming.set(key, version);
    } else if (!(until && until <= day) && !repealed && status !== 'upphavd') {
      // A version that ended by the day, or that is repealed, is neither in force nor upcoming.
      inForce.set(key, version);
    }
  }
  return { header, inForce, upcoming };
}

/** The amendment with the latest date of entry into force, as "SFS 2025:1501". */
export function lastAmendment(header: ConsolidationHeader): string | undefined {
  const dated = header.amendments.filter((a) => a.inForce);
  const latest = dated.reduce<Amendment | undefined>((best, a) => (!best || a.inForce! >= best.inForce! ? a : best), undefined);
  return (latest ?? header.amendments.at(-1))?.sfs;
}
