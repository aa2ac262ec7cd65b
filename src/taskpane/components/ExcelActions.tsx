import { Button, Caption1, Spinner, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { formatClock } from "../view/formatClock";
import { usePane } from "./PaneContext";
import { SummarySheetButton } from "./SummarySheetButton";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  live: { display: "flex", alignItems: "center", justifyContent: "space-between", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  time: { color: tokens.colorNeutralForeground3 },
  // Line the switch's track up with the button's edge (Fluent pads the indicator).
  flush: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

/** In Excel: the primary action and live recompute. */
export function ExcelActions() {
  const { state, commands, t } = usePane();
  const styles = useStyles();
  const busy = state.busy !== null;
  return (
    <div className={styles.root}>
      <Button
        appearance="primary"
        size="large"
        disabled={busy}
        icon={state.busy === "validate" ? <Spinner size="tiny" /> : undefined}
        onClick={() => void commands.validate()}
      >
        {t(state.busy === "validate" ? "action.working" : "action.validate")}
      </Button>
      <div className={styles.live}>
        <Switch className={styles.flush} label={t("live.label")} checked={state.live} onChange={(_, data) => commands.setLive(data.checked)} />
        <Caption1 className={styles.time} aria-live="polite">
          {state.lastRecompute === null ? t("live.never") : t("live.last", { time: formatClock(state.lastRecompute) })}
        </Caption1>
      </div>
      <SummarySheetButton />
    </div>
  );
}
