/**
 * jixiao's version: the pane's footer, `jixiao --version` and the document properties of every
 * file jixiao writes show it, so a reviewer knows which rules checked a submission.
 * Kept equal to package.json's "version" by src/domain/version.test.ts.
 */
export const JIXIAO_VERSION = "0.1.0";
