import { ADVERSARIAL, MEGABYTE_CHARS, PARSERS } from "../test/hostile/parsers";
import { spreadOf, timed, timeSync, type Goal, type Measurement } from "./harness";

/**
 * Every text parser of src/domain and src/layout on 1 MB of adversarial two-byte text (issue 18:
 * a heading of "1" × 100,000 took 36.7 s). One measurement per parser: the median time of its
 * worst input.
 */

const GOAL: Goal = { op: "<=", value: 50, text: "1 MB of adversarial two-byte text < 50 ms" };
const REPEATS = { warmup: 2, runs: 7 };

export async function run(): Promise<Measurement[]> {
  const out: Measurement[] = [];
  for (const [name, parse] of PARSERS) {
    let worst: { input: string; samples: number[]; median: number } | undefined;
    for (const [input, text] of ADVERSARIAL) {
      const samples = timeSync(() => parse(text), REPEATS);
      const { median } = spreadOf(samples);
      if (!worst || median > worst.median) worst = { input, samples, median };
    }
    if (!worst) continue;
    out.push(
      timed(
        {
          id: `parsers.${name}`,
          group: "engine",
          label: `parser ${name}: worst of ${ADVERSARIAL.length} adversarial inputs, ${MEGABYTE_CHARS.toLocaleString("en")} two-byte chars`,
          goal: GOAL,
          extra: { worstInput: worst.input },
        },
        worst.samples,
      ),
    );
  }
  return out;
}
