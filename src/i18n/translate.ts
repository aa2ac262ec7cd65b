/**
 * The one place text is looked up. Catalogues are records typed over their key unions
 * (a missing entry fails tsc); `{name}` placeholders are filled from params.
 */
export type Lang = "zh-CN" | "en";

export type Params = Readonly<Record<string, string | number>>;

export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
