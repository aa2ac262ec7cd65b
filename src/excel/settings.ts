import type { XlRequestContext } from "./officeTypes";

/**
 * The chosen rule profile travels with the workbook in its settings (ExcelApi 1.4), so whoever
 * opens the file next scores it the same way. One sync each.
 */
export const PROFILE_SETTING = "jixiao.profile";

/** The stored profile name when it is one of `known`, else undefined. */
export async function getProfileName<P extends string>(
  context: XlRequestContext,
  known: readonly P[],
): Promise<P | undefined> {
  const setting = context.workbook.settings.getItemOrNullObject(PROFILE_SETTING);
  setting.load("value");
  await context.sync();
  if (setting.isNullObject) return undefined;
  const value = setting.value;
  return known.find((p) => p === value);
}

export async function setProfileName(context: XlRequestContext, name: string): Promise<void> {
  context.workbook.settings.add(PROFILE_SETTING, name);
  await context.sync();
}
