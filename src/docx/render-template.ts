import { TEMPLATE_CHANGES_HEADING } from '../schemas/change.ts';
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type FileChild,
} from 'docx';
import type { Template } from '../templates/schema.ts';
import type { Branding } from '../pdf/render-template.ts';
import { WITHHELD_NOTE, type CopyInfo } from '../templates/copies.ts';
import { finishCoreProperties } from './core-properties.ts';
import { appliesToParagraph, fieldBlocks } from './fields.ts';
import { imageSize, scaleToFit } from './image-size.ts';
import { CONTENT_WIDTH, LANGUAGE, PAGE, RIGHT_EDGE_TAB, STYLE, styles } from './styles.ts';
import { ownedBytes } from '../owned-bytes.ts';

/*
 * A template as an editable Word document with the same content as its PDF: the title, the
 * version, the intro, then each section's heading, help and fields, and a footer with the title,
 * version and page numbers; a recipient's copy names the recipient in the header of every page.
 * Layout comes from here and styles.ts, never from the template.
 */

export interface DocxOptions {
  branding?: Branding;
  /** The recipient's copy this is: the template given is already that copy's (templateForCopy). */
  copy?: Pick<CopyInfo, 'for' | 'withheld'>;
}

export async function renderTemplateDocx(template: Template, options: DocxOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  const body: FileChild[] = [];
  if (options.branding) body.push(brandingBlock(options.branding));
  body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: template.title }));
  body.push(new Paragraph({ style: STYLE.help, text: `Version ${template.version}`, spacing: { after: 240 } }));
  if (options.copy?.withheld) body.push(new Paragraph({ children: [new TextRun({ text: WITHHELD_NOTE, bold: true })], spacing: { after: 200 } }));
  if (template.intro) body.push(new Paragraph({ text: template.intro, spacing: { after: 120 } }));
  for (const section of template.sections) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: section.title }));
    if (section.onlyIn) body.push(appliesToParagraph(section.onlyIn));
    if (section.help) body.push(new Paragraph({ style: STYLE.help, text: section.help }));
    for (const field of section.fields) body.push(...fieldBlocks(field));
  }
  if (template.changes.length) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: TEMPLATE_CHANGES_HEADING }));
    for (const change of template.changes) body.push(new Paragraph({ style: STYLE.help, text: `${change.date}: ${change.summary}` }));
  }

  const doc = new Document({
    title: template.title,
    subject: template.description,
    description: template.purpose,
    creator: 'Umgängeshandboken',
    lastModifiedBy: 'Umgängeshandboken',
    keywords: ['umgänge', 'placerade barn', 'socialtjänst', template.id].join(', '),
    styles,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, footer: PAGE.footer, header: PAGE.footer },
          },
        },
        ...(options.copy ? { headers: { default: header(options.copy.for) } } : {}),
        footers: { default: footer(template) },
        children: body,
      },
    ],
  });
  return ownedBytes(finishCoreProperties(new Uint8Array(await Packer.toBuffer(doc)), LANGUAGE, template.version));
}

/** Whom the copy is for, on every page, as in the PDF's running text. */
function header(recipient: string): Header {
  return new Header({ children: [new Paragraph({ style: STYLE.header, children: [new TextRun(`Exemplar för: ${recipient}`)] })] });
}

function footer(template: Template): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        tabStops: RIGHT_EDGE_TAB,
        children: [
          new TextRun(`${template.title} · version ${template.version} · Umgängeshandboken`),
          new TextRun({ children: ['\tSida ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}

/**
 * The municipality's name on the left and its logo on the right, above the title: a borderless
 * two-cell table, so a long name wraps beside the logo and the name sits level with its foot.
 */
function brandingBlock(branding: Branding): Table {
  const logoWidth = 3000;
  const cell = (width: number, paragraph: Paragraph) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.BOTTOM,
      margins: { left: 0, right: 0 },
      children: [paragraph],
    });
  const logo = branding.logo
    ? [
        new ImageRun({
          type: branding.logo.type,
          data: branding.logo.bytes,
          // 36 pt high and at most 140 pt wide, as in the PDF; Word measures images in pixels at 96 per inch.
          transformation: scaleToFit(imageSize(branding.logo.bytes, branding.logo.type), { width: 187, height: 48 }),
          altText: { name: 'Logotyp', title: `${branding.name}, logotyp`, description: `Logotyp för ${branding.name}` },
        }),
      ]
    : [];
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [CONTENT_WIDTH - logoWidth, logoWidth],
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [
          cell(CONTENT_WIDTH - logoWidth, new Paragraph({ style: STYLE.branding, text: branding.name })),
          cell(logoWidth, new Paragraph({ style: STYLE.branding, alignment: AlignmentType.RIGHT, children: logo })),
        ],
      }),
    ],
  });
}
