import { Body1Strong, makeStyles, tokens } from "@fluentui/react-components";
import { countKey } from "../view/countText";
import { SEVERITIES, type SeverityCounts } from "../view/diagnosticRows";
import { SeverityIcon } from "./icons";
import { usePane } from "./PaneContext";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
  },
  item: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

/** Errors, warnings and notes over everything shown, at a glance. */
export function CountsBar({ counts, sheetCount }: { readonly counts: SeverityCounts; readonly sheetCount: number }) {
  const { t } = usePane();
  const styles = useStyles();
  if (sheetCount === 0) return null;
  return (
    <div className={styles.root} role="status" aria-live="polite">
      <Body1Strong>{t(countKey("sheet", sheetCount), { count: sheetCount })}</Body1Strong>
      {SEVERITIES.map((severity) => (
        <span key={severity} className={styles.item} data-severity-count={severity}>
          <SeverityIcon severity={severity} />
          {t(countKey(severity, counts[severity]), { count: counts[severity] })}
        </span>
      ))}
    </div>
  );
}
