import { Body1, Subtitle2, makeStyles, mergeClasses, tokens, useId } from "@fluentui/react-components";
import type { Severity } from "../../domain/diagnostics";
import { countKey } from "../view/countText";
import type { SheetView } from "../view/sheetViews";
import { PassedIcon, SeverityIcon } from "./icons";
import { usePane } from "./PaneContext";
import { DataName, QuotedParts } from "./Quoted";
import { CARD_STYLE } from "./theme";

const ACCENT: Readonly<Record<Severity, string>> = {
  error: tokens.colorPaletteRedBorder2,
  warning: tokens.colorPaletteDarkOrangeBorder2,
  info: tokens.colorPaletteBlueBorderActive,
};

const useStyles = makeStyles({
  root: CARD_STYLE,
  name: { margin: 0, overflowWrap: "anywhere" },
  passed: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, color: tokens.colorPaletteGreenForeground1 },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  groupHead: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  line: {
    display: "block",
    width: "100%",
    textAlign: "left",
    font: "inherit",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: "transparent",
    border: "none",
    borderLeft: `3px solid transparent`,
    borderRadius: tokens.borderRadiusSmall,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    cursor: "pointer",
    overflowWrap: "anywhere",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  lead: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
  details: { marginLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  detailsSummary: { cursor: "pointer", color: tokens.colorNeutralForeground2, padding: `0 ${tokens.spacingHorizontalS}` },
  selected: { backgroundColor: tokens.colorBrandBackground2, ":hover": { backgroundColor: tokens.colorBrandBackground2Hover } },
});

/** One sheet's diagnostics by severity; each line names its cell and selects it when clicked. */
export function SheetDiagnostics({ book, sheet }: { readonly book: string; readonly sheet: SheetView }) {
  const { state, commands, t } = usePane();
  const styles = useStyles();
  const inExcel = state.mode === "excel";
  const selected = state.selection;
  const headingId = useId("sheet-diagnostics");
  return (
    <section className={styles.root} aria-labelledby={headingId} data-diagnostics-for={sheet.sheetName}>
      <Subtitle2 as="h3" id={headingId} className={styles.name}>
        <DataName name={sheet.sheetName} />
      </Subtitle2>
      {sheet.passed && (
        <Body1 className={styles.passed} data-passed="true">
          <PassedIcon />
          {t(sheet.groups.length === 0 ? "diag.passed" : "diag.passedWithInfo")}
        </Body1>
      )}
      {sheet.groups.map((group) => (
        <div key={group.severity} className={styles.group} data-severity={group.severity}>
          <h4 className={styles.groupHead}>
            <SeverityIcon severity={group.severity} />
            {t(countKey(group.severity, group.rows.length), { count: group.rows.length })}
          </h4>
          <ul className={styles.list}>
            {group.rows.map((row) => {
              const line = (r: typeof row) => {
                const isSelected = selected?.book === book && selected.sheet === r.sheet && selected.cell === r.cell && r.cell !== "";
                return (
                  <button
                    type="button"
                    className={mergeClasses(styles.line, isSelected && styles.selected)}
                    style={{ borderLeftColor: ACCENT[group.severity] }}
                    aria-current={isSelected ? "true" : undefined}
                    title={inExcel && r.cell ? t("diag.select", { cell: r.cell }) : undefined}
                    data-cell={r.cell}
                    data-code={r.code}
                    onClick={() => void commands.selectCell(book, r.sheet, r.cell)}
                  >
                    <span data-text="diagnostic">
                      {r.lead && <strong className={styles.lead}>{r.lead}</strong>}
                      <QuotedParts parts={r.parts} />
                    </span>
                  </button>
                );
              };
              return (
                <li key={row.id}>
                  {line(row)}
                  {row.details && (
                    <details className={styles.details} data-details-for={row.cell}>
                      <summary className={styles.detailsSummary}>{t("diag.details", { count: row.details.length })}</summary>
                      <ul className={styles.list}>
                        {row.details.map((d) => (
                          <li key={d.id}>{line(d)}</li>
                        ))}
                      </ul>
                    </details>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
