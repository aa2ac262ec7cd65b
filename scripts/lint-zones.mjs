// The architecture's zones: what each folder of src/ may import. Read by eslint.config.mjs and
// by the probe test (test/lint/zones.test.ts), so the table and its enforcement are one thing.

/**
 * zone → { ours: zones it may import; packages: npm packages it may import (besides its own
 * files); node: whether Node's built-in modules are allowed; typeOnly: zones it may import types
 * from only; globals: host globals it must not touch }.
 */
const HOST_GLOBALS = ["Excel", "Office", "OfficeExtension"];
const DOM_GLOBALS = ["window", "document", "navigator", "localStorage", "location"];
const NODE_GLOBALS = ["process", "require", "Buffer", "__dirname", "__filename"];

export const ZONES = {
  domain: { ours: [], packages: ["decimal.js"], node: false, globals: [...HOST_GLOBALS, ...DOM_GLOBALS, ...NODE_GLOBALS] },
  layout: { ours: ["domain"], packages: [], node: false, globals: [...HOST_GLOBALS, ...DOM_GLOBALS, ...NODE_GLOBALS] },
  // The catalogues are typed by the domain's codes, and name cells by its one rule.
  i18n: { ours: ["domain"], packages: [], node: false, globals: [...HOST_GLOBALS, ...DOM_GLOBALS, ...NODE_GLOBALS] },
  excel: { ours: ["layout", "domain", "i18n"], packages: [], node: false, globals: [...DOM_GLOBALS, ...NODE_GLOBALS] },
  xlsx: { ours: ["layout", "domain"], packages: ["exceljs", "fflate", "saxes"], node: false, globals: [...HOST_GLOBALS, ...DOM_GLOBALS, ...NODE_GLOBALS] },
  report: { ours: ["layout", "domain", "i18n"], packages: ["docx"], node: false, globals: [...HOST_GLOBALS, ...DOM_GLOBALS, ...NODE_GLOBALS] },
  commands: { ours: ["excel"], typeOnly: ["i18n"], packages: [], node: false, globals: NODE_GLOBALS },
  taskpane: {
    ours: ["excel", "xlsx", "layout", "domain", "i18n", "report"],
    packages: ["react", "react-dom", "@fluentui/react-components"],
    node: false,
    globals: NODE_GLOBALS,
  },
  cli: { ours: ["xlsx", "layout", "domain", "i18n", "report"], packages: ["piscina"], node: true, globals: [...HOST_GLOBALS, ...DOM_GLOBALS] },
};

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** A relative import that climbs out of the zone into `zone` (../x, ../../x/y …). */
const intoZone = (zone) => `^(\\.\\./)+${escape(zone)}(/|$)`;

/** The lint rules of one zone. */
export function zoneImportRules(zone, builtinModules) {
  const spec = ZONES[zone];
  const others = Object.keys(ZONES).filter((z) => z !== zone && !spec.ours.includes(z));
  const typeOnly = spec.typeOnly ?? [];
  const packages = spec.packages.map(escape).join("|");
  const patterns = [
    ...others
      .filter((z) => !typeOnly.includes(z))
      .map((z) => ({ regex: intoZone(z), message: `src/${zone} may not import src/${z} (architecture zones: scripts/lint-zones.mjs).` })),
    ...typeOnly.map((z) => ({
      regex: intoZone(z),
      allowTypeImports: true,
      message: `src/${zone} may import only types from src/${z}.`,
    })),
    {
      // Any npm package but the zone's own (Node built-ins are handled below).
      regex: `^(?!\\.|node:|(?:${builtinModules.map(escape).join("|")})(?:/|$)${packages ? `|(?:${packages})(?:/|$)` : ""})`,
      message: `src/${zone} may import only these packages: ${spec.packages.join(", ") || "none"}.`,
    },
  ];
  if (!spec.node) {
    patterns.push({
      regex: `^(node:|(?:${builtinModules.map(escape).join("|")})(?:/|$))`,
      message: `src/${zone} runs in the browser or in Excel too: no Node built-in modules.`,
    });
  }
  return {
    "no-restricted-imports": "off",
    "@typescript-eslint/no-restricted-imports": ["error", { patterns }],
    "no-restricted-globals": ["error", ...spec.globals.map((name) => ({ name, message: `src/${zone} may not use the global ${name}.` }))],
  };
}
