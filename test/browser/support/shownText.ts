import type { Page } from "playwright-core";
import { diagnosticsEn } from "../../../src/i18n/diagnostics.en";
import { diagnosticsZhCN } from "../../../src/i18n/diagnostics.zh-CN";
import { excelEn } from "../../../src/i18n/excel.en";
import { excelZhCN } from "../../../src/i18n/excel.zh-CN";
import type { Lang } from "../../../src/i18n/translate";
import { uiEn } from "../../../src/i18n/ui.en";
import { uiZhCN } from "../../../src/i18n/ui.zh-CN";

/**
 * Every string the page shows, to prove it comes from a catalogue: text of visible elements and
 * of <option>s, accessible names and tooltips, and the title. Elements marked data-text="data"
 * hold the user's own data (sheet and file names, figures) and are left out; data-text="diagnostic"
 * lines are returned apart, to be matched against the diagnostic catalogue.
 */
export interface ShownText {
  readonly texts: string[];
  readonly attributes: string[];
  readonly diagnostics: string[];
  readonly title: string;
}

export function shownText(page: Page): Promise<ShownText> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const diagnostics: string[] = [];
    const attributes: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.nodeValue ?? "").trim();
      const el = node.parentElement;
      if (!text || !el || el.closest("script, style, noscript")) continue;
      const inOption = el.closest("option") !== null;
      if (!inOption && !el.checkVisibility({ visibilityProperty: true })) continue;
      // A quoted value (<bdi data-quoted>) is the user's data; the words around it are checked
      // as one message below, with the value standing for its placeholder.
      if (el.closest("[data-quoted]") || el.querySelector(":scope > [data-quoted]")) continue;
      if (!el.closest("[data-text]")) texts.push(text);
    }
    for (const el of Array.from(document.body.querySelectorAll(":not([data-quoted]):has(> [data-quoted])"))) {
      if (el.closest("[data-text]") || !el.checkVisibility({ visibilityProperty: true })) continue;
      const composed = Array.from(el.childNodes)
        .map((n) => (n instanceof Element && n.hasAttribute("data-quoted") ? "\u2026" : (n.textContent ?? "")))
        .join("")
        .trim();
      if (composed) texts.push(composed);
    }
    // A diagnostic line is checked whole ("H21：" in bold, then the message).
    for (const el of Array.from(document.body.querySelectorAll('[data-text="diagnostic"]'))) {
      if (el.checkVisibility()) diagnostics.push((el.textContent ?? "").trim());
    }
    for (const el of Array.from(document.body.querySelectorAll("[aria-label], [title], [placeholder], [aria-valuetext]"))) {
      if (el.closest("[data-text], [data-quoted]")) continue;
      for (const name of ["aria-label", "title", "placeholder", "aria-valuetext"]) {
        const value = el.getAttribute(name);
        if (value) attributes.push(value);
      }
    }
    return { texts, attributes, diagnostics, title: document.title };
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A catalogue text as a pattern: each {placeholder} stands for any non-empty text. */
export function templatePattern(template: string): RegExp {
  const parts = template.split(/\{\w+\}/g).map(escape);
  return new RegExp(`^${parts.join("(.+?)")}$`, "s");
}

/**
 * Patterns of every text of the catalogues, except pure arrangements of placeholders such as
 * "{cell}：{message}" (they would account for anything; their parts are checked on their own).
 */
export function patternsOf(catalogues: readonly Readonly<Record<string, string>>[]): RegExp[] {
  return catalogues
    .flatMap((c) => Object.values(c))
    .filter((t) => /[\p{L}]/u.test(t.replace(/\{\w+\}/g, "")))
    .map(templatePattern);
}

/** The pane's own catalogues (ui + Excel adapter) of one language. */
export function paneCatalogues(lang: Lang): Readonly<Record<string, string>>[] {
  return lang === "en" ? [uiEn, excelEn] : [uiZhCN, excelZhCN];
}

/** The shown strings that no pattern of the language accounts for. */
export function strangers(strings: readonly string[], patterns: readonly RegExp[]): string[] {
  return strings.filter((s) => !patterns.some((p) => p.test(s)));
}

/**
 * Asserts every string the page shows comes from the catalogues of `lang`: the pane's own
 * (ui + Excel adapter) for its words, the diagnostic catalogue for each line of the list.
 * Returns what was checked, for further assertions.
 */
export async function expectShownTextFromCatalogues(page: Page, lang: Lang): Promise<ShownText> {
  const shown = await shownText(page);
  const own = patternsOf(paneCatalogues(lang));
  expect({ lang, strangers: strangers([...shown.texts, ...shown.attributes, shown.title], own) }).toEqual({ lang, strangers: [] });
  const messages = patternsOf([lang === "en" ? diagnosticsEn : diagnosticsZhCN]);
  const line = lang === "en" ? /^(?:\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?): (.+)$/s : /^(?:\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)：(.+)$/s;
  const unexplained = shown.diagnostics.filter((text) => {
    const message = line.exec(text)?.[1] ?? text;
    return !messages.some((p) => p.test(message));
  });
  expect({ lang, unexplained }).toEqual({ lang, unexplained: [] });
  return shown;
}
