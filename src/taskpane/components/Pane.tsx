import { Body1, Divider, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { resultsView } from "../view/paneView";
import { BookResults } from "./BookResults";
import { CountsBar } from "./CountsBar";
import { ExcelActions } from "./ExcelActions";
import { FileActions } from "./FileActions";
import { NoticeBar } from "./NoticeBar";
import { PaneHeader } from "./PaneHeader";
import { usePane } from "./PaneContext";
import { ProfilePicker } from "./ProfilePicker";
import { TemplateForm } from "./TemplateForm";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: "760px",
    margin: "0 auto",
    boxSizing: "border-box",
  },
  divider: { flexGrow: 0 },
  controls: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  empty: { color: tokens.colorNeutralForeground3, textAlign: "center", padding: tokens.spacingVerticalL },
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

/** Layout only: controls on top, then the notice, the counts and the results. */
export function Pane() {
  const { state, t } = usePane();
  const styles = useStyles();
  const results = useMemo(() => resultsView(state.books, state.lang), [state.books, state.lang]);
  return (
    <main className={styles.root}>
      <PaneHeader />
      <section className={styles.controls}>
        {state.mode === "excel" ? <ExcelActions /> : <FileActions />}
        <ProfilePicker />
        <TemplateForm />
      </section>
      <Divider className={styles.divider} />
      <NoticeBar />
      <CountsBar counts={results.counts} sheetCount={results.sheetCount} />
      <div className={styles.results}>
        {results.books.length === 0 && (
          <Body1 className={styles.empty}>{t(state.mode === "excel" ? "summary.empty.excel" : "file.none")}</Body1>
        )}
        {results.books.map((view) => (
          <BookResults key={view.book.name || "workbook"} view={view} />
        ))}
      </div>
    </main>
  );
}
