import { Button, Caption1, Spinner, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef, useState, type DragEvent } from "react";
import { usePane } from "./PaneContext";

const XLSX_ACCEPT = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    textAlign: "center",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  dragging: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  hint: { color: tokens.colorNeutralForeground3 },
  input: { display: "none" },
});

/** In a plain browser: open .xlsx files by button or by drag and drop. */
export function FileActions() {
  const { state, commands, t } = usePane();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const opening = state.busy === "open";

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    void commands.openFiles([...e.dataTransfer.files]);
  };

  return (
    <div
      className={mergeClasses(styles.zone, dragging && styles.dragging)}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <input
        ref={input}
        className={styles.input}
        type="file"
        multiple
        accept={XLSX_ACCEPT}
        aria-label={t("file.open")}
        onChange={(e) => {
          const files = e.currentTarget.files ? [...e.currentTarget.files] : [];
          e.currentTarget.value = "";
          void commands.openFiles(files);
        }}
      />
      <Button
        appearance="primary"
        size="large"
        disabled={state.busy !== null}
        icon={opening ? <Spinner size="tiny" /> : undefined}
        onClick={() => input.current?.click()}
      >
        {t(opening ? "action.working" : "file.open")}
      </Button>
      <Caption1 className={styles.hint}>{t("file.drop")}</Caption1>
      <Caption1 className={styles.hint}>{t("file.privacy")}</Caption1>
    </div>
  );
}
