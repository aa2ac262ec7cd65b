import { tokens, webLightTheme, type GriffelStyle, type Theme } from "@fluentui/react-components";

/** Latin from Segoe UI (Office's own), Chinese from the first CJK face the machine has. */
export const CJK_FONT_STACK =
  '"Segoe UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "Hiragino Sans GB", sans-serif';

/** The Office (web light) theme with a font stack that renders Chinese well everywhere. */
export const paneTheme: Theme = { ...webLightTheme, fontFamilyBase: CJK_FONT_STACK };

/** A raised white card: the sheet summaries and the per-sheet diagnostics share this look. */
export const CARD_STYLE: GriffelStyle = {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow4,
};
