import { DOMParser, type Element } from "@xmldom/xmldom";

/**
 * What the XSD cannot see in an add-in manifest: dangling resids, duplicate ids, unregistered
 * FunctionNames, non-https URLs, localhost in production, strings over Office's length limits.
 */

const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
/** Office's limits: ShortStrings (labels, titles) 125 characters, LongStrings 250. */
const LIMITS: Record<string, number> = { ShortStrings: 125, LongStrings: 250 };

export interface ManifestCheckOptions {
  /** Function names the commands code registers with Office.actions.associate. */
  readonly registeredFunctions: readonly string[];
  /** A production manifest must not mention localhost. */
  readonly production?: boolean;
}

/** Every element below root, in document order. */
function descendants(root: Element): Element[] {
  const out: Element[] = [];
  const all = root.getElementsByTagName("*");
  for (let i = 0; i < all.length; i++) out.push(all[i] as unknown as Element);
  return out;
}

function elements(root: Element, local: string): Element[] {
  return descendants(root).filter((el) => el.localName === local);
}

export function manifestProblems(xml: string, options: ManifestCheckOptions): string[] {
  const problems: string[] = [];
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, msg) => { if (level !== "warning") errors.push(msg); } }).parseFromString(xml, "text/xml");
  if (errors.length > 0 || !doc.documentElement) return [`not well-formed XML: ${errors.join("; ")}`];
  const root = doc.documentElement;

  // Resources and their ids.
  const resourceIds = new Map<string, string>();
  for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"]) {
    for (const group of elements(root, kind)) {
      if (group.namespaceURI !== BT) continue;
      for (const child of elements(group, kind === "Images" ? "Image" : kind === "Urls" ? "Url" : "String")) {
        const id = child.getAttribute("id") ?? "";
        if (resourceIds.has(id)) problems.push(`duplicate resource id "${id}"`);
        resourceIds.set(id, kind);
        const limit = LIMITS[kind];
        if (limit !== undefined) {
          const texts = [child.getAttribute("DefaultValue") ?? "", ...elements(child, "Override").map((o) => o.getAttribute("Value") ?? "")];
          for (const t of texts) if ([...t].length > limit) problems.push(`string "${id}" is longer than ${limit} characters`);
        }
      }
    }
  }

  // Every resid resolves.
  const all = [root, ...descendants(root)];
  for (const el of all) {
    const resid = el.getAttribute("resid");
    if (resid !== null && resid !== "" && !resourceIds.has(resid)) problems.push(`resid "${resid}" on <${el.localName}> has no resource`);
  }

  // Control, group and tab ids are unique.
  const seen = new Set<string>();
  for (const local of ["Control", "Group", "CustomTab", "Item"]) {
    for (const el of elements(root, local)) {
      const id = el.getAttribute("id");
      if (!id) continue;
      if (seen.has(id)) problems.push(`duplicate id "${id}" on <${local}>`);
      seen.add(id);
    }
  }

  // Every FunctionName is registered by the commands code.
  for (const fn of elements(root, "FunctionName")) {
    const name = (fn.textContent ?? "").trim();
    if (!options.registeredFunctions.includes(name)) problems.push(`FunctionName "${name}" is not registered by the commands code`);
  }

  // URLs: https only; no localhost in production.
  const urlValues: string[] = [];
  for (const el of all) {
    for (const attr of ["DefaultValue", "Value"]) {
      const v = el.getAttribute(attr);
      if (v && /^[a-z]+:\/\//i.test(v)) urlValues.push(v);
    }
    const text = el.textContent?.trim();
    if (text && ["SourceLocation", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomain"].includes(el.localName ?? "")) {
      urlValues.push(text);
    }
  }
  for (const url of urlValues) {
    if (!url.startsWith("https://")) problems.push(`URL is not https: ${url}`);
    if (options.production && /\/\/localhost[:/]/i.test(url + "/")) problems.push(`production manifest still points at localhost: ${url}`);
  }
  return problems;
}
