import type { Download } from "./Host";

/** Small browser services the entry files hand to the pane. Nothing here decides anything. */

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Offers bytes as a download (Blob + object URL): nothing is sent anywhere. */
export function saveDownload(download: Download): void {
  const blob = new Blob([download.bytes as BlobPart], { type: /\.docx$/i.test(download.fileName) ? DOCX_MIME : XLSX_MIME });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = download.fileName;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Some browsers read the URL after click() returns; let it live a little.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** localStorage that never throws (private windows and sandboxed frames may refuse it). */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

export function browserStore(): KeyValueStore {
  return {
    get(key) {
      try {
        return window.localStorage.getItem(key);
      } catch {
        return null;
      }
    },
    set(key, value) {
      try {
        window.localStorage.setItem(key, value);
      } catch {
        // Not remembered, but the choice still applies for this session.
      }
    },
  };
}

export const LANG_KEY = "jixiao.lang";
export const PROFILE_KEY = "jixiao.profile";

