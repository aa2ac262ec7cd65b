/**
 * Excel for Mac runs the pane in WKWebView, which ignores downloads (an <a download> click, a blob
 * URL) without an error; Microsoft's advice is to open a page of the add-in's own in the default
 * browser with Office.context.ui.openBrowserWindow (docs/EXCEL_SEMANTICS.md, "Handing a file to
 * the user"). The browser cannot be handed the pane's bytes, and nothing is uploaded, so it opens
 * the standalone checker: the user opens the saved workbook there and drafts the report, which
 * the browser downloads as usual. The Office calls are passed in by the entry file.
 */

export interface ReportRedirect {
  /** The checker's address. */
  readonly url: string;
  /** False where the client lacks OpenBrowserWindowApi 1.1: the pane shows the address instead. */
  readonly opened: boolean;
}

export function checkerInBrowser(url: string, openBrowserWindow: ((url: string) => void) | null): () => ReportRedirect {
  return () => {
    if (!openBrowserWindow) return { url, opened: false };
    openBrowserWindow(url);
    return { url, opened: true };
  };
}
