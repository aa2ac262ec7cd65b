/** Beyond these a sheet is not a 自评表 any more: the reader keeps only this much (and says so). */
export const MAX_GRID_ROWS = 100_000;
export const MAX_GRID_COLUMNS = 200;
