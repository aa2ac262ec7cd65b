// Lints probe sources as if they were files of the repository, with the repository's own ESLint
// config; reads [{ file, code }] as JSON on stdin, writes [{ file, code, rules }] on stdout.
// A separate process because ESLint loads eslint.config.mjs with import(), which Jest's CommonJS
// module sandbox does not offer.
import { ESLint } from "eslint";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const probes = JSON.parse(Buffer.concat(chunks).toString("utf8"));
const eslint = new ESLint({ cwd: new URL("../..", import.meta.url).pathname });
const out = [];
for (const probe of probes) {
  const [result] = await eslint.lintText(probe.code, { filePath: probe.file, warnIgnored: true });
  out.push({ ...probe, rules: result.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`) });
}
process.stdout.write(JSON.stringify(out));
