/** Beyond these a sheet is not a 自评表 any more: the reader keeps only this much (and says so). */
export const MAX_GRID_ROWS = 100_000;
export const MAX_GRID_COLUMNS = 200;

/** Excel's own limits: a cell beyond them means a damaged file. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;

/**
 * The most one part (a sheet, the shared strings, the styles) may inflate to, and all the parts
 * read together: a zip bomb is refused by its declared sizes before any inflating, and inflating
 * stops at the declared size when a header lies. 64 MB of sheet XML is ~1 million filled cells.
 */
export const MAX_PART_BYTES = 64 * 1024 * 1024;
export const MAX_PACKAGE_BYTES = 160 * 1024 * 1024;

/** More merged areas than this in one sheet is no form: the sheet is refused. */
export const MAX_MERGED_AREAS = 100_000;

/**
 * The most cells one merged area may cover. A form's largest merge (a title across the table, a
 * label down a group of rows) is a few hundred cells; a merge of a whole column or sheet is no
 * form, and such a sheet is refused before any cell of the area is made.
 */
export const MAX_MERGED_CELLS = 100_000;
