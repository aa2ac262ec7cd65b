import { tokens } from "@fluentui/react-components";
import type { Severity } from "../../domain/diagnostics";

/** Small severity glyphs (decorative: the severity is always written next to them). */
const COLORS: Readonly<Record<Severity, string>> = {
  error: tokens.colorPaletteRedForeground1,
  warning: tokens.colorPaletteDarkOrangeForeground1,
  info: tokens.colorPaletteBlueForeground2,
};

export function SeverityIcon({ severity, size = 16 }: { readonly severity: Severity; readonly size?: number }) {
  const color = COLORS[severity];
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false" style={{ flexShrink: 0 }}>
      {severity === "warning" ? (
        <path d="M8 1.5 15 14H1L8 1.5Z" fill={color} />
      ) : (
        <circle cx="8" cy="8" r="7" fill={color} />
      )}
      {severity === "error" && <path d="M5.5 5.5l5 5m0-5-5 5" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />}
      {severity === "warning" && <path d="M8 6v4M8 11.8v.2" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />}
      {severity === "info" && <path d="M8 7.2V11.5M8 4.6v.2" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />}
    </svg>
  );
}

export function DismissIcon() {
  return (
    <svg width={16} height={16} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M4 4l8 8m0-8-8 8" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}

export function PassedIcon() {
  return (
    <svg width={16} height={16} viewBox="0 0 16 16" aria-hidden="true" focusable="false" style={{ flexShrink: 0 }}>
      <circle cx="8" cy="8" r="7" fill={tokens.colorPaletteGreenBackground3} />
      <path d="M4.8 8.2l2.2 2.2 4.2-4.6" stroke="#fff" strokeWidth="1.6" fill="none" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
