import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { DismissIcon } from "./icons";
import { usePane } from "./PaneContext";

/** The outcome of the last action (inserted, downloaded, failed), dismissible. */
export function NoticeBar() {
  const { state, commands, t, say } = usePane();
  const notice = state.notice;
  if (!notice) return null;
  return (
    <MessageBar intent={notice.tone} role={notice.tone === "error" ? "alert" : "status"}>
      <MessageBarBody>{say(notice.text)}</MessageBarBody>
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
