import type { Lang } from "../../i18n/translate";
import type { Book } from "../state/paneState";
import { addCounts, type SeverityCounts } from "./diagnosticRows";
import { sheetViews, type SheetView } from "./sheetViews";

export interface BookView {
  readonly book: Book;
  readonly sheets: readonly SheetView[];
  readonly counts: SeverityCounts;
}

/** What the results area lists: per book its sheets, and the counts at a glance. */
export interface ResultsView {
  readonly books: readonly BookView[];
  readonly counts: SeverityCounts;
  readonly sheetCount: number;
}

export function resultsView(books: readonly Book[], lang: Lang): ResultsView {
  const views = books.map((book): BookView => {
    const sheets = book.check ? sheetViews(book.check, lang) : [];
    return { book, sheets, counts: addCounts(sheets.map((s) => s.counts)) };
  });
  return {
    books: views,
    counts: addCounts(views.map((v) => v.counts)),
    sheetCount: views.reduce((n, v) => n + v.sheets.length, 0),
  };
}
