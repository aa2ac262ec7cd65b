import { Caption1, Subtitle1, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { usePane } from "./PaneContext";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  title: { margin: 0 },
  subtitle: { color: tokens.colorNeutralForeground3, display: "block", marginTop: tokens.spacingVerticalXS },
});

export function PaneHeader() {
  const { state, commands, t } = usePane();
  const styles = useStyles();
  return (
    <header>
      <div className={styles.row}>
        <Subtitle1 as="h1" className={styles.title}>
          {t("app.title")}
        </Subtitle1>
        <Switch
          label={t("lang.english")}
          labelPosition="before"
          checked={state.lang === "en"}
          onChange={(_, data) => commands.setLang(data.checked ? "en" : "zh-CN")}
        />
      </div>
      <Caption1 className={styles.subtitle}>{t(state.mode === "excel" ? "app.subtitle.excel" : "app.subtitle.file")}</Caption1>
    </header>
  );
}
