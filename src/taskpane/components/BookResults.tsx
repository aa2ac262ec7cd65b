import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import type { BookView } from "../view/paneView";
import { usePane } from "./PaneContext";
import { DataName, SayText } from "./Quoted";
import { SheetCard } from "./SheetCard";
import { SheetDiagnostics } from "./SheetDiagnostics";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  fileHead: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  fileName: { flexGrow: 1, margin: 0, overflowWrap: "anywhere" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  cards: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(260px, 1fr))", gap: tokens.spacingHorizontalM },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  note: { color: tokens.colorNeutralForeground3 },
});

/** One workbook's results: file header (browser), summary cards, then diagnostics by sheet. */
export function BookResults({ view }: { readonly view: BookView }) {
  const { state, commands, t } = usePane();
  const styles = useStyles();
  const { book, sheets } = view;
  const inFile = state.mode === "file";
  const downloading = state.busy === "download";
  const drafting = state.busy === "report";
  const reportButton = (
    <Button
      disabled={state.busy !== null}
      icon={drafting ? <Spinner size="tiny" /> : undefined}
      onClick={() => void commands.draftReport(book.name)}
      data-action="report"
    >
      {t("report.draft")}
    </Button>
  );
  const headingId = useId("book");
  return (
    <section className={styles.root} aria-labelledby={inFile ? headingId : undefined} data-book={book.name}>
      {inFile && (
        <div className={styles.fileHead}>
          <Subtitle1 as="h2" id={headingId} className={styles.fileName}>
            <DataName name={book.name} cut={false} />
          </Subtitle1>
          {book.check && (
            <Button
              appearance="primary"
              disabled={state.busy !== null}
              icon={downloading ? <Spinner size="tiny" /> : undefined}
              onClick={() => void commands.downloadScored(book.name)}
            >
              {t("file.download")}
            </Button>
          )}
          {book.check && sheets.length > 0 && reportButton}
          <Button appearance="subtle" onClick={() => commands.closeFile(book.name)}>
            {t("file.remove")}
          </Button>
        </div>
      )}
      {book.failure && (
        <MessageBar intent="error" data-failure="true">
          <MessageBarBody>
            <SayText text={book.failure} />
          </MessageBarBody>
        </MessageBar>
      )}
      {book.notes.map((note, i) => (
        <MessageBar key={i} intent="warning">
          <MessageBarBody>
            <SayText text={note} />
          </MessageBarBody>
        </MessageBar>
      ))}
      {book.check && sheets.length === 0 && <Body1>{t("summary.none")}</Body1>}
      {sheets.length > 0 && (
        <>
          <h2 className={styles.heading}>{t("summary.heading")}</h2>
          <div className={styles.cards}>
            {sheets.map((sheet) => (
              <SheetCard key={sheet.sheetName} sheet={sheet} />
            ))}
          </div>
          {!inFile && <div>{reportButton}</div>}
          {!inFile && state.cellsWritten !== null && (
            <Caption1 className={styles.note}>
              {state.cellsWritten > 0 ? t("summary.cellsWritten", { count: state.cellsWritten }) : t("summary.nothingWritten")}
            </Caption1>
          )}
          <h2 className={styles.heading}>{t("diag.heading")}</h2>
          <div className={styles.list}>
            {sheets.map((sheet) => (
              <SheetDiagnostics key={sheet.sheetName} book={book.name} sheet={sheet} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
