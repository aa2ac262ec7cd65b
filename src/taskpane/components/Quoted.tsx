import { makeStyles, tokens } from "@fluentui/react-components";
import { Fragment } from "react";
import type { PaneText } from "../view/uiText";
import { paneTextParts } from "../view/uiText";
import { shownName, shownParts, type ShownPart } from "../view/shownParts";
import { usePane } from "./PaneContext";

const useStyles = makeStyles({
  // A quoted value stands apart from the message's own words: tinted, boxed, never bold.
  value: {
    fontWeight: tokens.fontWeightRegular,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusSmall,
    padding: `0 ${tokens.spacingHorizontalXXS}`,
    overflowWrap: "anywhere",
  },
});

/** A message's words with its quoted values isolated (`<bdi>`), made visible and cut (shownParts). */
export function QuotedParts({ parts }: { readonly parts: readonly ShownPart[] }) {
  const styles = useStyles();
  return (
    <>
      {parts.map((p, i) =>
        p.kind === "text" ? (
          <Fragment key={i}>{p.text}</Fragment>
        ) : (
          <bdi key={i} className={styles.value} title={p.cut ? p.full : undefined} data-quoted="value">
            {p.shown}
          </bdi>
        ),
      )}
    </>
  );
}

/** A message kept as data (notices, notes, failures), its parameters shown as quoted values. */
export function SayText({ text }: { readonly text: PaneText }) {
  const { state } = usePane();
  return <QuotedParts parts={shownParts(paneTextParts(state.lang, text))} />;
}

/** A name from the file (a sheet's, the file's) in a heading: isolated and visible; a sheet's cut when long. */
export function DataName({ name, cut = true }: { readonly name: string; readonly cut?: boolean }) {
  return <bdi data-text="data">{shownName(name, cut)}</bdi>;
}
