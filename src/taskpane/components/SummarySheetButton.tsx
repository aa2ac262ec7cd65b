import { Button, Spinner } from "@fluentui/react-components";
import { usePane } from "./PaneContext";

/** 插入汇总表: a sheet with live formulas to every evaluation sheet (Excel only). */
export function SummarySheetButton() {
  const { state, commands, t } = usePane();
  const working = state.busy === "summarySheet";
  return (
    <Button
      appearance="secondary"
      disabled={state.busy !== null}
      icon={working ? <Spinner size="tiny" /> : undefined}
      onClick={() => void commands.insertSummarySheet()}
    >
      {t(working ? "action.working" : "summarySheet.insert")}
    </Button>
  );
}
