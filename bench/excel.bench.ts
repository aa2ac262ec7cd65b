import type { Measurement } from "./harness";

export async function run(): Promise<Measurement[]> {
  return [];
}
