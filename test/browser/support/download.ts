import type { Download, Page } from "playwright-core";

/**
 * Clicks and waits for the page to offer `fileName` as a download. A wait on the download event
 * alone says only "timeout"; this one says whether the page got as far as its own "downloaded"
 * notice (so the click was taken and the file built) or not (the click did nothing).
 */
export async function downloadFrom(page: Page, click: () => Promise<void>, fileName: string, limitMs = 30_000): Promise<Download> {
  const download = page.waitForEvent("download", { timeout: limitMs });
  await click();
  try {
    return await download;
  } catch (e) {
    const noticed = await page.getByText(`已下载“${fileName}”`).count();
    const notice = noticed > 0 ? "the page showed its 已下载 notice" : "the page showed no 已下载 notice (the click did nothing)";
    throw new Error(`waited ${limitMs} ms for the download of ${fileName}; ${notice}. ${e instanceof Error ? e.message : String(e)}`);
  }
}
