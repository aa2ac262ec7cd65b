import type { CellStyle, StyleRole } from "./templateSheet";

/** Number formats: amounts in 万元, 执行率, scores. */
export const FORMAT_AMOUNT = "0.00";
export const FORMAT_RATE = "0.00%";
export const FORMAT_SCORE = "0.00";
export const FORMAT_GENERAL = "General";

/**
 * No fills anywhere: the official form has none, so nothing coloured prints. Computed cells are
 * told apart by their formula (formula bar) and their lock, headers by bold type.
 */
/** Grey placeholder text in the blank indicator rows (the reader skips it: labels.ts). */
export const PLACEHOLDER_COLOR = "#A6A6A6";

/**
 * The look of each role. Input cells are open (unlocked); computed cells are
 * locked. Fonts are the adapters' business (CJK faces differ per host).
 */
export const TEMPLATE_STYLES: Readonly<Record<StyleRole, CellStyle>> = {
  title: { bold: true, fontSize: 16, horizontal: "center", vertical: "middle" },
  label: { bold: true, horizontal: "center", vertical: "middle", wrap: true, border: true, locked: true },
  header: { bold: true, horizontal: "center", vertical: "middle", wrap: true, border: true, locked: true },
  section: { bold: true, horizontal: "center", vertical: "middle", wrap: true, border: true, locked: true },
  input: { horizontal: "center", vertical: "middle", wrap: true, border: true, locked: false },
  inputNumber: { horizontal: "right", vertical: "middle", border: true, numberFormat: FORMAT_AMOUNT, locked: false },
  inputText: { horizontal: "left", vertical: "top", wrap: true, border: true, locked: false },
  computed: {
    horizontal: "right",
    vertical: "middle",
    border: true,
    numberFormat: FORMAT_SCORE,
    locked: true,
  },
  placeholder: { horizontal: "left", vertical: "middle", wrap: true, border: true, fontColor: PLACEHOLDER_COLOR, locked: false },
  note: { horizontal: "left", vertical: "top", wrap: true, fontSize: 10 },
};
