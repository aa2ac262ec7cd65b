import { parentPort } from "node:worker_threads";
import { checkFileReport } from "./checkFile";
import { serveTasks } from "./workerPool";

/** A worker thread of `jixiao check`: files in, their reports out (see workerPool). */
if (parentPort) serveTasks(parentPort, checkFileReport);
