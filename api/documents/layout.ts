import {
  AlignmentType,
  LineRuleType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';

/**
 * The shared layout of the printed documents (§9.3.2.2, §9.3.2.3), as the bureau's enforcement forms look: A4 with
 * 25 mm margins (20 mm at the foot), the bureau's name and the document's name centred in 宋体 bold, the number line
 * right-aligned under them, body text in 仿宋 四号 on a fixed 24 pt line, form tables in 宋体 小四 with thin borders,
 * the bureau's seal and the entity's receipt at the foot; a notice and an order fit one page. Fonts are named for
 * East Asian text (eastAsia: 宋体, 仿宋, the names Word, WPS and LibreOffice all resolve) and for Latin text
 * (SimSun, FangSong), so digits and codes print in the same face; where neither is installed (LibreOffice on Linux)
 * fontconfig substitutes the installed CJK face and the layout stays the same.
 */
export const SONG = { eastAsia: '宋体', latin: 'SimSun' };
export const FANGSONG = { eastAsia: '仿宋', latin: 'FangSong' };
type Face = typeof SONG;

/** Sizes in half-points: 二号 22 pt, 小二 18 pt, 四号 14 pt, 小四 12 pt, 五号 10.5 pt. */
export const SIZE = { title: 44, unit: 36, body: 28, form: 24, small: 21 } as const;

/** The body's fixed line height (twips): 24 pt for 四号. */
const BODY_LINE = 480;

const MM = 56.7; // twips per millimetre
const PAGE = { width: Math.round(210 * MM), height: Math.round(297 * MM) };
const MARGIN = { top: Math.round(25 * MM), bottom: Math.round(20 * MM), left: Math.round(25 * MM), right: Math.round(25 * MM) };
/** The text width between the margins, in twips (tables are laid out in it). */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

type RunStyle = Omit<IRunOptions, 'text' | 'font' | 'children'> & { face?: Face };

/** A run in a Chinese face (East Asian and Latin both, so digits and codes match the text around them). */
export const run = (text: string, { face = FANGSONG, size = SIZE.body, ...rest }: RunStyle = {}) =>
  new TextRun({ text, font: { ascii: face.latin, eastAsia: face.eastAsia, hAnsi: face.latin, cs: face.latin }, size, ...rest });

/** A blank to fill in by hand: underlined spaces, `width` characters wide. */
export const blank = (width = 8, style: RunStyle = {}) => run('\u3000'.repeat(width), { ...style, underline: {} });

/** A value, or a blank where it is not known yet. */
export const valueOr = (value: string | null | undefined, width = 8, style: RunStyle = {}) => (value ? run(value, style) : blank(width, style));

/** A date as 2026年3月2日, or the blank (ideographic spaces) 年 月 日 to fill in; `narrow` for a form's cell. */
export function chineseDate(iso: string | null | undefined, narrow = false): string {
  if (!iso) return narrow ? '\u3000\u3000年\u3000月\u3000日' : '\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日';
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** ☑ / ☐ before a label: checked boxes for what the result says, empty ones on a blank form. */
export const box = (checked: boolean, label: string) => `${checked ? '☑' : '☐'}${label}`;

/** The title: the bureau's name (小二) above the document's name (二号), centred, bold. */
export const titleBlock = (unitName: string, docName: string): Paragraph[] => [
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 60 }, children: [run(unitName, { face: SONG, size: SIZE.unit, bold: true })] }),
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [run(docName, { face: SONG, size: SIZE.title, bold: true })] }),
];

/** The number line right-aligned under the title (the task code and the document's number), ruled off below. */
export const numberLine = (text: string, size: number = SIZE.form) =>
  new Paragraph({
    alignment: AlignmentType.RIGHT,
    spacing: { after: 200 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 4 } },
    children: [run(text, { size })],
  });

/** A paragraph of body text (仿宋 四号, fixed 24 pt lines, first line indented two characters, justified). */
export const body = (children: ParagraphChild[] | string, { indent = true, size = SIZE.body as number } = {}) =>
  new Paragraph({
    spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT, after: 0 },
    indent: indent ? { firstLine: size * 20 } : undefined,
    alignment: AlignmentType.JUSTIFIED,
    children: typeof children === 'string' ? [run(children, { size })] : children,
  });

/** The salutation: the entity's name, flush left and not justified (a long credit code must not spread the line). */
export const salutation = (text: string) =>
  new Paragraph({ spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT, after: 0 }, alignment: AlignmentType.LEFT, children: [run(text)] });

/** A 6 pt gap between a paragraph and a table. */
export const gap = () => new Paragraph({ spacing: { line: 120, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, children: [] });

/** Text that may hold several lines (problems, notes): one paragraph per line. */
export const lines = (text: string, size: number = SIZE.body, indent = true) =>
  text
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l) => body([run(l.trim(), { size })], { indent, size }));

/** The issuing bureau's block at the bottom right: its name with (盖章), the date under it. */
export const sealBlock = (unitName: string, date: string | null = null) => [
  new Paragraph({ spacing: { before: 360 }, children: [] }),
  new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: 560 }, spacing: { after: 120 }, children: [run(`${unitName}（盖章）`)] }),
  new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: 560 }, children: [run(chineseDate(date))] }),
];

const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN };

/** Where the entity signs for a document it is handed, with the date: one line at the foot, above a rule. */
export const receiptBlock = () => [
  new Paragraph({
    spacing: { before: 360, after: 120 },
    border: { top: { style: BorderStyle.DASHED, size: 4, color: '000000', space: 8 } },
    children: [formRun('被检查对象签收：'), formRun('\u3000'.repeat(10), { underline: {} }), formRun(`\u3000\u3000签收日期：${chineseDate(null)}`)],
  }),
];

/** A cell of a form table: a label (bold) or content, spanning `span` of the table's grid columns. */
export interface FormCell {
  content: ParagraphChild[] | Paragraph[] | string;
  span?: number;
  label?: boolean;
  /** Minimum row height for hand-written content, in lines of 小四. */
  minLines?: number;
}

const cellParagraphs = (c: FormCell, size: number): Paragraph[] => {
  if (typeof c.content === 'string')
    return [
      new Paragraph({
        alignment: c.label ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [run(c.content, { face: SONG, size, bold: c.label })],
      }),
    ];
  if (c.content.length && c.content[0] instanceof Paragraph) return c.content as Paragraph[];
  return [new Paragraph({ children: c.content as ParagraphChild[] })];
};

/**
 * A form table (the record form's grid): `columns` are the grid's widths as fractions of the text width; each row a
 * list of cells spanning those columns; `size` the text's (half-points). Fixed layout, so Word, WPS and LibreOffice
 * print the same grid.
 */
export function formTable(columns: number[], rows: FormCell[][], size: number = SIZE.form): Table {
  const widths = columns.map((f) => Math.floor(f * TEXT_WIDTH));
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: rows.map((cells) => {
      let at = 0;
      const minLines = Math.max(1, ...cells.map((c) => c.minLines ?? 1));
      return new TableRow({
        height: { value: minLines * size * 16 + 100, rule: 'atLeast' },
        cantSplit: true,
        children: cells.map((c) => {
          const span = c.span ?? 1;
          const width = widths.slice(at, at + span).reduce((a, b) => a + b, 0);
          at += span;
          return new TableCell({
            children: cellParagraphs(c, size),
            columnSpan: span > 1 ? span : undefined,
            width: { size: width, type: WidthType.DXA },
            verticalAlign: VerticalAlign.CENTER,
            borders: BORDERS,
            margins: { top: 40, bottom: 40, left: 100, right: 100 },
          });
        }),
      });
    }),
  });
}

/** A paragraph in a form cell (宋体, 小四 unless said). */
export const formLine = (children: ParagraphChild[] | string, size: number = SIZE.form) =>
  new Paragraph({ spacing: { line: 276 }, children: typeof children === 'string' ? [run(children, { face: SONG, size })] : children });

/** A run in the form's face (宋体 小四). */
export const formRun = (text: string, style: RunStyle = {}) => run(text, { face: SONG, size: SIZE.form, ...style });

/** The document: A4, the forms' margins, 仿宋 as the default face, with a title and subject in its properties. */
export async function pack(title: string, subject: string, children: (Paragraph | Table)[]): Promise<Buffer> {
  const doc = new Document({
    title,
    subject,
    creator: '双随机、一公开 监管平台',
    styles: { default: { document: { run: { font: { ascii: FANGSONG.latin, eastAsia: FANGSONG.eastAsia, hAnsi: FANGSONG.latin }, size: SIZE.body } } } },
    sections: [{ properties: { page: { size: PAGE, margin: MARGIN } }, children }],
  });
  return Packer.toBuffer(doc);
}
