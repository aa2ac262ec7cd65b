/**
 * Words of the Excel adapter and the ribbon commands, zh-CN (the default). Both catalogues are
 * records over ExcelMessageKey, so a key without its text fails tsc.
 */
export type ExcelMessageKey =
  | "app.name"
  | "requirements.tooOld"
  | "requirements.optionalMissing"
  | "insert.done"
  | "insert.failed"
  | "error.cellEditMode"
  | "error.generic"
  | "validate.protectedSkipped"
  | "validate.truncated"
  | "dialog.close"
  | "feature.mergedAreas"
  | "feature.triggerSource"
  | "feature.delayForCellEdit"
  | "feature.sharedRuntime"
  | "validate.hiddenSkipped"
  | "select.hidden"
  | "select.missing"
  | "live.waitingForCellEdit";

export const excelZhCN: Readonly<Record<ExcelMessageKey, string>> = {
  "app.name": "绩效自评助手",
  "requirements.tooOld":
    "此版本的 Excel 太旧，无法运行绩效自评助手：需要 {set} {version} 或更高版本（Microsoft 365、Excel 2021 及以上、Excel 网页版或 Mac 版 Excel 16.24 及以上）。请升级 Office 后重试。",
  "requirements.optionalMissing": "此版本的 Excel 不支持：{features}。助手仍可使用，但相关功能会退化。",
  "insert.done": "已插入工作表“{sheet}”。",
  "insert.failed": "插入模板失败：{detail}",
  "error.cellEditMode": "请先完成单元格编辑：Excel 正处于单元格编辑状态，请按 Enter 或 Esc 结束编辑后再试。",
  "error.generic": "出错了：{detail}",
  "validate.protectedSkipped": "工作表“{sheet}”受保护，计算结果未写入。撤销保护后再运行“校验并计分”。",
  "validate.truncated": "工作表“{sheet}”超出读取范围（{window}），超出部分未校验。",
  "dialog.close": "关闭",
  "feature.mergedAreas": "读取合并单元格（ExcelApi 1.13）",
  "feature.triggerSource": "识别助手自身的写入（ExcelApi 1.14）",
  "feature.delayForCellEdit": "等待单元格编辑结束（ExcelApi 1.11）",
  "feature.sharedRuntime": "功能区与任务窗格共享运行时（SharedRuntime 1.1）",
  "validate.hiddenSkipped": "工作表“{sheet}”已隐藏，计算结果和问题标记未写入。取消隐藏后再运行“校验并计分”。",
  "select.hidden": "工作表“{sheet}”已隐藏，无法定位到 {sheet}!{cell}。请右键单击工作表标签，选择“取消隐藏”后再点击。",
  "select.missing": "找不到工作表“{sheet}”，可能已被删除或改名。请重新运行“校验并计分”。",
  "live.waitingForCellEdit": "请先完成单元格编辑（按 Enter 或 Esc），实时校验将随后自动进行。",
};
