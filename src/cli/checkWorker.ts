import { parentPort } from "node:worker_threads";
import { checkFileReport, type CheckTask } from "./checkFile";

/** A worker thread of `jixiao check`: one file per message in, its report out. */
const port = parentPort;
if (port) {
  port.on("message", (task: CheckTask) => {
    void checkFileReport(task).then((report) => port.postMessage(report));
  });
}
