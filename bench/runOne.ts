import { BENCHES, isBenchName } from "./registry";

/** Child process entry: runs one bench and sends its measurements to the parent (bench/main.ts). */

async function main(): Promise<void> {
  const name = process.argv[2] ?? "";
  if (!isBenchName(name)) throw new Error(`unknown bench "${name}"`);
  const mod = await BENCHES[name]();
  const measurements = await mod.run();
  if (process.send) process.send({ measurements });
  else process.stdout.write(`${JSON.stringify(measurements, null, 2)}\n`);
}

main().catch((e: unknown) => {
  const error = e instanceof Error ? (e.stack ?? e.message) : String(e);
  if (process.send) process.send({ error });
  else process.stderr.write(`${error}\n`);
  process.exitCode = 1;
});
