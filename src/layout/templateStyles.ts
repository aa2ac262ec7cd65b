import type { CellStyle, StyleRole } from "./templateSheet";

/** Number formats: amounts in 万元, 执行率, scores. */
export const FORMAT_AMOUNT = "0.00";
export const FORMAT_RATE = "0.00%";
export const FORMAT_SCORE = "0.00";
export const FORMAT_GENERAL = "General";

/** Fill of computed cells: a light green, so they read as "the add-in fills these". */
export const COMPUTED_FILL = "#E2EFDA";
const HEADER_FILL = "#F2F2F2";

/**
 * The look of each role. Input cells are open (unlocked) and unfilled; computed cells are
 * filled and locked. Fonts are the adapters' business (CJK faces differ per host).
 */
export const TEMPLATE_STYLES: Readonly<Record<StyleRole, CellStyle>> = {
  title: { bold: true, fontSize: 16, horizontal: "center", vertical: "middle" },
  label: { bold: true, horizontal: "center", vertical: "middle", wrap: true, border: true, locked: true },
  header: { bold: true, horizontal: "center", vertical: "middle", wrap: true, border: true, fill: HEADER_FILL, locked: true },
  section: { bold: true, horizontal: "center", vertical: "middle", wrap: true, border: true, fill: HEADER_FILL, locked: true },
  input: { horizontal: "center", vertical: "middle", wrap: true, border: true, locked: false },
  inputNumber: { horizontal: "right", vertical: "middle", border: true, numberFormat: FORMAT_AMOUNT, locked: false },
  inputText: { horizontal: "left", vertical: "top", wrap: true, border: true, locked: false },
  computed: {
    horizontal: "right",
    vertical: "middle",
    border: true,
    fill: COMPUTED_FILL,
    fontColor: "#375623",
    numberFormat: FORMAT_SCORE,
    locked: true,
  },
  note: { horizontal: "left", vertical: "top", wrap: true, fontSize: 10 },
};
