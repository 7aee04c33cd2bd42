import {
  AlignmentType,
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
 * The shared layout of the printed documents (§9.3.2.2, §9.3.2.3): A4 with the margins of official documents
 * (GB/T 9704: 37 mm top, 28 mm left, 26 mm right, 35 mm bottom), titles in 宋体 bold, body text in 仿宋 三号, form
 * tables in 宋体 小四. Fonts are named for East Asian text (eastAsia) and for Latin text alike, so Word and WPS pick
 * the Chinese face; where 仿宋/宋体 are not installed (LibreOffice on Linux) a CJK fallback prints the same layout.
 */
export const SONG = '宋体';
export const FANGSONG = '仿宋';

/** Sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt, 五号 10.5 pt. */
export const SIZE = { title: 44, body: 32, large: 28, form: 24, small: 21 } as const;

const MM = 56.7; // twips per millimetre
const PAGE = { width: Math.round(210 * MM), height: Math.round(297 * MM) };
const MARGIN = { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM) };
/** The text width between the margins, in twips (tables are laid out in it). */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

type RunStyle = Omit<IRunOptions, 'text' | 'font' | 'children'> & { face?: string };

/** A run in a Chinese face (East Asian and Latin both, so digits and codes match the text around them). */
export const run = (text: string, { face = FANGSONG, size = SIZE.body, ...rest }: RunStyle = {}) =>
  new TextRun({ text, font: { ascii: face, eastAsia: face, hAnsi: face, cs: face }, size, ...rest });

/** A blank to fill in by hand: underlined spaces, `width` characters wide. */
export const blank = (width = 8, style: RunStyle = {}) => run('\u3000'.repeat(width), { ...style, underline: {} });

/** A value, or a blank where it is not known yet. */
export const valueOr = (value: string | null | undefined, width = 8, style: RunStyle = {}) => (value ? run(value, style) : blank(width, style));

/** A date as 2026年3月2日, or the blank (ideographic spaces) 年 月 日 to fill in. */
export function chineseDate(iso: string | null | undefined): string {
  if (!iso) return '\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日';
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** ☑ / ☐ before a label: checked boxes for what the result says, empty ones on a blank form. */
export const box = (checked: boolean, label: string) => `${checked ? '☑' : '☐'}${label}`;

/** The title: the bureau's name above the document's name, centred. */
export const titleBlock = (unitName: string, docName: string): Paragraph[] => [
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [run(unitName, { face: SONG, size: SIZE.title, bold: true })] }),
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(docName, { face: SONG, size: SIZE.title, bold: true })] }),
];

/** A line right-aligned under the title (the document's number or task code). */
export const numberLine = (text: string, size: number = SIZE.form) =>
  new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 240 }, children: [run(text, { size })] });

/** A paragraph of body text (仿宋 三号, first line indented two characters, 28 pt line spacing). */
export const body = (children: ParagraphChild[] | string, { indent = true, size = SIZE.body as number } = {}) =>
  new Paragraph({
    spacing: { line: size === SIZE.body ? 560 : 400, after: 0 },
    indent: indent ? { firstLine: size * 20 } : undefined,
    alignment: AlignmentType.JUSTIFIED,
    children: typeof children === 'string' ? [run(children, { size })] : children,
  });

/** Text that may hold several lines (problems, notes): one paragraph per line. */
export const lines = (text: string, size: number = SIZE.body, indent = true) =>
  text
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l) => body([run(l.trim(), { size })], { indent, size }));

/** The issuing bureau's block at the bottom right: its name, (盖章), the date. */
export const sealBlock = (unitName: string, date: string | null = null) => [
  new Paragraph({ spacing: { before: 480 }, children: [] }),
  new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: 640 }, children: [run(`${unitName}（盖章）`)] }),
  new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: 640 }, children: [run(chineseDate(date))] }),
];

const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN };

/** A cell of a form table: a label (bold) or content, spanning `span` of the table's grid columns. */
/** Where the entity signs for a document it is handed, with the date. */
export const receiptBlock = () => [
  new Paragraph({ spacing: { before: 360 }, children: [] }),
  body(
    [
      run('被检查对象签收：', { size: SIZE.large }),
      blank(10, { size: SIZE.large }),
      run('\u3000签收日期：', { size: SIZE.large }),
      run(chineseDate(null), { size: SIZE.large }),
    ],
    { indent: false, size: SIZE.large },
  ),
];

export interface FormCell {
  content: ParagraphChild[] | Paragraph[] | string;
  span?: number;
  label?: boolean;
  /** Minimum row height for hand-written content, in lines of 小四. */
  minLines?: number;
}

const cellParagraphs = (c: FormCell): Paragraph[] => {
  if (typeof c.content === 'string')
    return [
      new Paragraph({
        alignment: c.label ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [run(c.content, { face: SONG, size: SIZE.form, bold: c.label })],
      }),
    ];
  if (c.content.length && c.content[0] instanceof Paragraph) return c.content as Paragraph[];
  return [new Paragraph({ children: c.content as ParagraphChild[] })];
};

/**
 * A form table (the record form's grid): `columns` are the grid's widths as fractions of the text width; each row a
 * list of cells spanning those columns. Fixed layout, so Word, WPS and LibreOffice print the same grid.
 */
export function formTable(columns: number[], rows: FormCell[][]): Table {
  const widths = columns.map((f) => Math.floor(f * TEXT_WIDTH));
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: rows.map((cells) => {
      let at = 0;
      const minLines = Math.max(1, ...cells.map((c) => c.minLines ?? 1));
      return new TableRow({
        height: { value: minLines * 400 + 160, rule: 'atLeast' },
        cantSplit: true,
        children: cells.map((c) => {
          const span = c.span ?? 1;
          const width = widths.slice(at, at + span).reduce((a, b) => a + b, 0);
          at += span;
          return new TableCell({
            children: cellParagraphs(c),
            columnSpan: span > 1 ? span : undefined,
            width: { size: width, type: WidthType.DXA },
            verticalAlign: VerticalAlign.CENTER,
            borders: BORDERS,
            margins: { top: 60, bottom: 60, left: 100, right: 100 },
          });
        }),
      });
    }),
  });
}

/** A paragraph in a form cell (宋体 小四). */
export const formLine = (children: ParagraphChild[] | string, alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT) =>
  new Paragraph({ alignment, spacing: { line: 360 }, children: typeof children === 'string' ? [run(children, { face: SONG, size: SIZE.form })] : children });

/** A run in the form's face (宋体 小四). */
export const formRun = (text: string, style: RunStyle = {}) => run(text, { face: SONG, size: SIZE.form, ...style });

/** The document: A4, official margins, 仿宋 as the default face, with a title and subject in its properties. */
export async function pack(title: string, subject: string, children: (Paragraph | Table)[]): Promise<Buffer> {
  const doc = new Document({
    title,
    subject,
    creator: '双随机、一公开 监管平台',
    styles: { default: { document: { run: { font: { ascii: FANGSONG, eastAsia: FANGSONG, hAnsi: FANGSONG }, size: SIZE.body } } } },
    sections: [{ properties: { page: { size: PAGE, margin: MARGIN } }, children }],
  });
  return Packer.toBuffer(doc);
}
