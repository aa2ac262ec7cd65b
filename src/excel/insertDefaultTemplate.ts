import { renderTemplate } from "../layout/templateSpec";
import { insertTemplate } from "./insertTemplate";
import type { XlRequestContext } from "./officeTypes";

/** The ribbon's Insert template asks nothing: a project sheet for last year, as a new sheet. */
export function insertDefaultTemplate(context: XlRequestContext, now?: Date): Promise<{ sheetName: string }> {
  return insertTemplate(context, renderTemplate("project", { now }));
}
