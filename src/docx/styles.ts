import { BorderStyle, convertMillimetersToTwip, LineRuleType, TabStopType, type IStylesOptions } from 'docx';

/*
 * The Word document's page and styles. Every paragraph takes its look from a named style, so a
 * user who changes a style in Word changes it everywhere, and readers such as mammoth can tell a
 * heading or a field label by its style name.
 */

export const LANGUAGE = 'sv-SE';

/** Arial is on every Word installation; LibreOffice draws it with the metric-compatible Liberation Sans. */
export const FONT = 'Arial';

/** A4 in twentieths of a point, with the PDF's 20 mm margins. */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: 1134, // 20 mm, rounded to the nearest twip
  /** Distance from the bottom edge to the footer. */
  footer: Math.round(convertMillimetersToTwip(9)),
};
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** Styles cannot hold tab stops in the docx package, so the paragraphs that need one take this. */
export const RIGHT_EDGE_TAB = [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }];

export const COLOR = {
  ink: '000000',
  muted: '444444',
  rule: '8C8C8C',
  faint: 'C7C7C7',
  headerFill: 'EDEDED',
  answerFill: 'F7F7F7',
  /** Darker than Word's grey, so a placeholder is still readable on paper. */
  placeholder: '666666',
};

/** Style ids; the names are what Word shows in its style list. */
export const STYLE = {
  label: 'Faltetikett',
  help: 'Hjalptext',
  answer: 'Svar',
  option: 'Alternativ',
  choices: 'Alternativtext',
  tableHeader: 'Tabellrubrik',
  footer: 'Sidfot',
  branding: 'Avsandare',
  /** Word's own style for a content control's placeholder; Word shows its name in the user's language. */
  placeholder: 'PlaceholderText',
  header: 'Sidhuvud',
} as const;

export const STYLE_NAMES: Record<keyof typeof STYLE, string> = {
  label: 'Fältetikett',
  help: 'Hjälptext',
  answer: 'Svar',
  option: 'Alternativ',
  choices: 'Alternativtext',
  tableHeader: 'Tabellrubrik',
  footer: 'Sidfot mall',
  branding: 'Avsändare',
  placeholder: 'Placeholder Text',
  header: 'Sidhuvud mall',
};

const pt = (points: number) => points * 2; // run sizes are in half-points
const space = (points: number) => points * 20; // paragraph spacing is in twips

export const styles: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: pt(10), color: COLOR.ink, language: { value: LANGUAGE, eastAsia: LANGUAGE, bidirectional: LANGUAGE } },
      // Without an explicit rule LibreOffice takes the line height as exact, and cuts an image to it.
      paragraph: { spacing: { after: space(4), line: 264, lineRule: LineRuleType.AUTO } },
    },
    heading1: {
      run: { font: FONT, size: pt(18), bold: true, color: COLOR.ink },
      paragraph: { spacing: { before: 0, after: space(2) }, keepNext: true },
    },
    heading2: {
      run: { font: FONT, size: pt(13), bold: true, color: COLOR.ink },
      paragraph: {
        spacing: { before: space(16), after: space(6) },
        keepNext: true,
        keepLines: true,
        border: { top: { style: BorderStyle.SINGLE, size: 6, color: COLOR.rule, space: 6 } },
      },
    },
  },
  paragraphStyles: [
    {
      id: STYLE.label,
      name: STYLE_NAMES.label,
      basedOn: 'Normal',
      next: STYLE.help,
      quickFormat: true,
      run: { bold: true, size: pt(10) },
      paragraph: { spacing: { before: space(9), after: space(2) }, keepNext: true, keepLines: true },
    },
    {
      id: STYLE.help,
      name: STYLE_NAMES.help,
      basedOn: 'Normal',
      quickFormat: true,
      run: { size: pt(9), color: COLOR.muted },
      paragraph: { spacing: { after: space(3) }, keepNext: true, keepLines: true },
    },
    {
      id: STYLE.answer,
      name: STYLE_NAMES.answer,
      basedOn: 'Normal',
      quickFormat: true,
      paragraph: { spacing: { before: space(2), after: space(2) } },
    },
    {
      id: STYLE.option,
      name: STYLE_NAMES.option,
      basedOn: 'Normal',
      paragraph: { spacing: { before: space(1), after: space(3) }, keepNext: true },
    },
    {
      // A single choice's options as printed text, under its drop-down: what a paper copy is filled in from.
      id: STYLE.choices,
      name: STYLE_NAMES.choices,
      basedOn: 'Normal',
      run: { size: pt(9.5) },
      paragraph: { spacing: { before: space(3), after: space(3) }, keepLines: true },
    },
    {
      id: STYLE.tableHeader,
      name: STYLE_NAMES.tableHeader,
      basedOn: 'Normal',
      run: { bold: true, size: pt(9) },
      paragraph: { spacing: { before: space(2), after: space(2) }, keepNext: true },
    },
    {
      id: STYLE.footer,
      name: STYLE_NAMES.footer,
      basedOn: 'Normal',
      run: { size: 17, color: COLOR.muted },
      paragraph: {
        spacing: { after: 0 },
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: COLOR.faint, space: 4 } },
      },
    },
    {
      id: STYLE.header,
      name: STYLE_NAMES.header,
      basedOn: 'Normal',
      run: { size: 17, color: COLOR.muted },
      paragraph: {
        spacing: { after: 0 },
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: COLOR.faint, space: 4 } },
      },
    },
    {
      id: STYLE.branding,
      name: STYLE_NAMES.branding,
      basedOn: 'Normal',
      run: { bold: true, size: pt(11) },
      paragraph: { spacing: { after: space(10) } },
    },
  ],
  characterStyles: [{ id: STYLE.placeholder, name: STYLE_NAMES.placeholder, run: { color: COLOR.placeholder } }],
};
