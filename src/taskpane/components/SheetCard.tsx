import { Badge, Subtitle2, makeStyles, tokens, useId } from "@fluentui/react-components";
import { countKey } from "../view/countText";
import type { SheetView } from "../view/sheetViews";
import { PassedIcon, SeverityIcon } from "./icons";
import { usePane } from "./PaneContext";
import { DataName } from "./Quoted";
import { CARD_STYLE } from "./theme";

const useStyles = makeStyles({
  card: CARD_STYLE,
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  name: { flexGrow: 1, minWidth: 0, margin: 0, overflowWrap: "anywhere" },
  metrics: { display: "grid", gridTemplateColumns: "repeat(3, 1fr)", gap: tokens.spacingHorizontalS, margin: 0 },
  metric: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, margin: 0 },
  label: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  value: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: "tabular-nums",
  },
  header: { display: "grid", gridTemplateColumns: "auto 1fr", gap: `0 ${tokens.spacingHorizontalS}`, margin: 0, fontSize: tokens.fontSizeBase200 },
  headerRow: { display: "contents" },
  headerLabel: { color: tokens.colorNeutralForeground3, margin: 0 },
  headerValue: { margin: 0, overflowWrap: "anywhere" },
  gradeCell: { margin: 0, display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  status: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: `0 ${tokens.spacingHorizontalM}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    paddingTop: tokens.spacingVerticalS,
  },
  statusItem: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

/** One evaluation sheet at a glance: kind, 执行率, 总分 and the grade as a coloured badge with text. */
export function SheetCard({ sheet }: { readonly sheet: SheetView }) {
  const { t } = usePane();
  const styles = useStyles();
  const headingId = useId("sheet-card");
  return (
    <article className={styles.card} aria-labelledby={headingId} data-sheet={sheet.sheetName}>
      <div className={styles.head}>
        <Subtitle2 as="h3" id={headingId} className={styles.name}>
          <DataName name={sheet.sheetName} />
        </Subtitle2>
        {sheet.kindKey && (
          <Badge appearance="tint" color="informative" shape="rounded">
            {t(sheet.kindKey)}
          </Badge>
        )}
      </div>
      {sheet.header.length > 0 && (
        <dl className={styles.header} data-header>
          {sheet.header.map((h) => (
            <div key={h.key} className={styles.headerRow}>
              <dt className={styles.headerLabel}>{t(h.key)}</dt>
              <dd className={styles.headerValue} data-text="data">
                {h.text}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {sheet.broken ? (
        <Badge appearance="tint" color="danger" shape="rounded">
          {t(sheet.unfilled ? "summary.unfilled" : "summary.broken")}
        </Badge>
      ) : (
        <dl className={styles.metrics}>
          <div className={styles.metric}>
            <dt className={styles.label}>{t("summary.rate")}</dt>
            <dd className={styles.value} data-text="data" data-metric="rate">
              {sheet.rate}
            </dd>
          </div>
          <div className={styles.metric}>
            <dt className={styles.label}>{t("summary.total")}</dt>
            <dd className={styles.value} data-text="data" data-metric="total">
              {sheet.total}
            </dd>
            {sheet.statedTotal && (
              <dd className={styles.label} data-text="data" data-metric="stated-total">
                {t("summary.stated", { total: sheet.statedTotal })}
              </dd>
            )}
          </div>
          <div className={styles.metric}>
            <dt className={styles.label}>{t("summary.grade")}</dt>
            <dd className={styles.gradeCell}>
              <Badge appearance="filled" color={sheet.gradeColor} size="extra-large" shape="rounded" data-metric="grade" data-grade={sheet.grade ?? ""} data-provisional={sheet.gradeProvisional ? "true" : undefined}>
                {t(sheet.gradeKey)}
              </Badge>
              {sheet.gradeProvisional && (
                <Badge appearance="outline" color="informative" shape="rounded" data-metric="grade-provisional">
                  {t("grade.provisional")}
                </Badge>
              )}
            </dd>
          </div>
        </dl>
      )}
      <div className={styles.status} data-status>
        {sheet.passed ? (
          <span className={styles.statusItem}>
            <PassedIcon />
            {t("summary.passed")}
          </span>
        ) : (
          (["error", "warning"] as const)
            .filter((severity) => sheet.counts[severity] > 0)
            .map((severity) => (
              <span key={severity} className={styles.statusItem}>
                <SeverityIcon severity={severity} />
                {t(countKey(severity, sheet.counts[severity]), { count: sheet.counts[severity] })}
              </span>
            ))
        )}
      </div>
    </article>
  );
}
