import { FluentProvider, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { paneTheme } from "./components/theme";

/** Instead of the pane, one message (an Excel too old for the add-in). */
export function mountBlocked(root: HTMLElement, message: string): void {
  createRoot(root).render(
    <FluentProvider theme={paneTheme} style={{ padding: 16 }}>
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>{message}</MessageBarBody>
      </MessageBar>
    </FluentProvider>,
  );
}
