/**
 * The look of a Chinese official document in the manner of GB/T 9704-2012 (党政机关公文格式):
 * A4, margins 上37 下35 左28 右26 mm, title in 小标宋 2号, body 仿宋 3号, 一级标题 黑体, 二级标题 楷体,
 * 三级标题 仿宋加粗, page numbers "— 1 —" in 4号 at the foot (odd pages right, even pages left).
 *
 * Fonts: Word names one font per script slot (w:rFonts eastAsia / ascii / hAnsi); it has no list
 * of fallbacks. The Chinese slot names the font GB/T 9704 asks for, by the name Windows and Office
 * for Mac ship it under (仿宋, 黑体, 楷体; 方正小标宋简体 only where the department installed it);
 * Latin letters and digits use Times New Roman. Where a named font is missing, Word substitutes a
 * font of the run's language (the document declares zh-CN, so a Chinese Song/Fang Song face such
 * as 宋体/等线 rather than a Latin one), and LibreOffice asks fontconfig for the nearest face that
 * has the glyphs (Noto Serif CJK SC / Noto Sans CJK SC on Linux). The text never goes missing; only
 * the face differs. See docs/REPORT.md.
 */

/** Sizes in points. 2号 = 22pt, 3号 = 16pt, 4号 = 14pt, 五号 = 10.5pt. */
export const SIZE = { title: 22, body: 16, pageNumber: 14, table: 10.5, tableTitle: 18, box: 14 } as const;

export const FONT = {
  /** 小标宋: the title. */
  title: "方正小标宋简体",
  /** 仿宋: the body (仿宋_GB2312 on older systems; Windows and Office ship 仿宋/FangSong). */
  body: "仿宋",
  /** 黑体: 一级标题 (一、…). */
  heading1: "黑体",
  /** 楷体: 二级标题 (（一）…). */
  heading2: "楷体",
  /** Page numbers: 宋体 半角. */
  pageNumber: "宋体",
  /** Latin letters and digits everywhere. */
  latin: "Times New Roman",
} as const;

/** Page geometry in millimetres. */
export const PAGE = {
  width: 210,
  height: 297,
  portrait: { top: 37, bottom: 35, left: 28, right: 26 },
  /** The attachments' tables are too wide for portrait: same margins, turned with the page. */
  landscape: { top: 28, bottom: 26, left: 26, right: 28 },
} as const;

/** 28pt exact line spacing (22 lines to the page at 3号), in twips. */
export const LINE_TWIPS = 560;
/** First-line indent of two 3号 characters, in twips. */
export const INDENT_TWIPS = 640;
