import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { DismissIcon } from "./icons";
import { usePane } from "./PaneContext";
import { SayText } from "./Quoted";

/** The outcome of the last action (inserted, downloaded, failed), dismissible. */
export function NoticeBar() {
  const { state, commands, t } = usePane();
  const notice = state.notice;
  if (!notice) return null;
  return (
    <MessageBar intent={notice.tone} role={notice.tone === "error" ? "alert" : "status"}>
      <MessageBarBody>
        <SayText text={notice.text} />
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            size="small"
            icon={<DismissIcon />}
            aria-label={t("action.dismiss")}
            onClick={commands.dismissNotice}
          />
        }
      />
    </MessageBar>
  );
}
