import type { CellValue } from "../../src/domain/cells";
import { ownedValue } from "../../src/domain/ownership";

/**
 * A small evaluator of the formulas jixiao writes (layout/formulas.ts), with a spreadsheet's
 * semantics: binary floating point, blank = 0 or "", and ROUND as Excel, WPS and LibreOffice do it
 * (the argument taken to 15 significant digits, then half away from zero). Used by the fake Excel
 * to recalculate like a real host, and by the rounding property test. Anything else is #NAME?.
 */

type Value = number | string | boolean | { error: string } | null;
type Arg = Value | { range: Value[] };

export type CellGetter = (row: number, col: number) => CellValue;

const NAME_ERROR = { error: "#NAME?" };
const VALUE_ERROR = { error: "#VALUE!" };
const DIV_ERROR = { error: "#DIV/0!" };

/** Excel's ROUND: to 15 significant digits first, then half away from zero at `digits`. */
export function excelRound(x: number, digits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const approx = Number(x.toPrecision(15));
  const f = 10 ** digits;
  const scaled = Number((Math.abs(approx) * f).toPrecision(15));
  return (Math.sign(approx) * Math.floor(scaled + 0.5)) / f;
}

function column(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

class Parser {
  private i = 0;
  constructor(
    private readonly s: string,
    private readonly get: CellGetter,
  ) {}

  private peek(re: RegExp): RegExpExecArray | null {
    re.lastIndex = this.i;
    const m = re.exec(this.s);
    return m && m.index === this.i ? m : null;
  }

  private eat(re: RegExp): RegExpExecArray | null {
    const m = this.peek(re);
    if (m) this.i += m[0].length;
    return m;
  }

  parse(): Value {
    const v = this.comparison();
    if (this.i !== this.s.length) throw new Error(`unparsed: ${this.s.slice(this.i)}`);
    return scalar(v);
  }

  private comparison(): Arg {
    let left = this.concat();
    for (;;) {
      const op = this.eat(/>=|<=|<>|=|>|</y);
      if (!op) return left;
      const right = scalar(this.concat());
      left = compare(scalar(left), right, op[0]);
    }
  }

  private concat(): Arg {
    let left = this.additive();
    while (this.eat(/&/y)) left = text(scalar(left)) + text(scalar(this.additive()));
    return left;
  }

  private additive(): Arg {
    let left = this.term();
    for (;;) {
      const op = this.eat(/[+-]/y);
      if (!op) return left;
      left = arith(scalar(left), scalar(this.term()), op[0]);
    }
  }

  private term(): Arg {
    let left = this.unary();
    for (;;) {
      const op = this.eat(/[*/]/y);
      if (!op) return left;
      left = arith(scalar(left), scalar(this.unary()), op[0]);
    }
  }

  private unary(): Arg {
    if (this.eat(/-/y)) return arith(0, scalar(this.unary()), "-");
    return this.primary();
  }

  private primary(): Arg {
    const num = this.eat(/\d+(\.\d+)?([eE][-+]?\d+)?/y);
    if (num) return Number(num[0]);
    const str = this.eat(/"((?:[^"]|"")*)"/y);
    if (str) return str[1].replace(/""/g, '"');
    if (this.eat(/\(/y)) {
      const v = this.comparison();
      this.eat(/\)/y);
      return v;
    }
    const fn = this.eat(/([A-Z]+)\(/y);
    if (fn) {
      const args: Arg[] = [];
      if (!this.eat(/\)/y)) {
        do args.push(this.comparison());
        while (this.eat(/,/y));
        this.eat(/\)/y);
      }
      return call(fn[1], args);
    }
    const ref = this.eat(/\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/y);
    if (ref) {
      const c1 = column(ref[1]);
      const r1 = Number(ref[2]) - 1;
      if (ref[3] === undefined) return cellValue(this.get(r1, c1));
      const c2 = column(ref[3]);
      const r2 = Number(ref[4]) - 1;
      const range: Value[] = [];
      for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) range.push(cellValue(this.get(r, c)));
      return { range };
    }
    throw new Error(`unexpected at ${this.s.slice(this.i)}`);
  }
}

function cellValue(v: CellValue): Value {
  return v === undefined ? null : v;
}

function isError(v: Value): v is { error: string } {
  return typeof v === "object" && v !== null && "error" in v;
}

function scalar(a: Arg): Value {
  return typeof a === "object" && a !== null && "range" in a ? (a.range[0] ?? null) : a;
}

function text(v: Value): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (isError(v)) return v.error;
  return String(v);
}

function num(v: Value): number | { error: string } {
  if (v === null || v === "") return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (isError(v)) return v;
  const n = Number(v);
  return v.trim() !== "" && Number.isFinite(n) ? n : VALUE_ERROR;
}

function arith(a: Value, b: Value, op: string): Value {
  const x = num(a);
  const y = num(b);
  if (typeof x !== "number") return x;
  if (typeof y !== "number") return y;
  if (op === "+") return x + y;
  if (op === "-") return x - y;
  if (op === "*") return x * y;
  return y === 0 ? DIV_ERROR : x / y;
}

function compare(a: Value, b: Value, op: string): Value {
  if (isError(a)) return a;
  if (isError(b)) return b;
  // Blank compares as 0 against a number and as "" against a text.
  const l = a === null ? (typeof b === "string" ? "" : 0) : a;
  const r = b === null ? (typeof l === "string" ? "" : 0) : b;
  let c: number;
  if (typeof l === "number" && typeof r === "number") c = l - r;
  else if (typeof l === "string" && typeof r === "string") c = l.localeCompare(r);
  else c = typeof l === "number" ? -1 : 1;
  return { "=": c === 0, "<>": c !== 0, ">": c > 0, "<": c < 0, ">=": c >= 0, "<=": c <= 0 }[op] ?? VALUE_ERROR;
}

function truthy(v: Value): boolean | { error: string } {
  if (isError(v)) return v;
  if (typeof v === "boolean") return v;
  const n = num(v);
  return typeof n === "number" ? n !== 0 : n;
}

function values(args: readonly Arg[]): Value[] {
  return args.flatMap((a) => (typeof a === "object" && a !== null && "range" in a ? a.range : [a]));
}

function matches(v: Value, criterion: string): boolean {
  if (criterion === "") return v === null || v === "";
  if (criterion === "<>") return !(v === null || v === "");
  return text(v) === criterion;
}

function call(name: string, args: readonly Arg[]): Value {
  switch (name) {
    case "IF": {
      const t = truthy(scalar(args[0]));
      if (typeof t !== "boolean") return t;
      return scalar(t ? args[1] : (args[2] ?? false));
    }
    case "OR": {
      const ts = values(args).map(truthy);
      const err = ts.find((t) => typeof t !== "boolean");
      return err !== undefined ? err : ts.some((t) => t === true);
    }
    case "ROUND": {
      const x = num(scalar(args[0]));
      const d = num(scalar(args[1]));
      return typeof x !== "number" ? x : typeof d !== "number" ? d : excelRound(x, d);
    }
    case "MIN":
    case "MAX": {
      const ns = values(args).map((v) => (typeof v === "number" ? v : num(v)));
      const err = ns.find((n) => typeof n !== "number");
      if (err !== undefined) return err;
      const list = ns as number[];
      return name === "MIN" ? Math.min(...list) : Math.max(...list);
    }
    case "SUM": {
      // Ranges add only their numbers (text is skipped), as in every spreadsheet.
      let total = 0;
      for (const a of args) {
        if (typeof a === "object" && a !== null && "range" in a) for (const v of a.range) total += typeof v === "number" ? v : 0;
        else {
          const n = num(a);
          if (typeof n !== "number") return n;
          total += n;
        }
      }
      return total;
    }
    case "COUNTIFS": {
      const pairs: { range: Value[]; criterion: string }[] = [];
      for (let k = 0; k + 1 < args.length; k += 2) {
        const r = args[k];
        pairs.push({ range: typeof r === "object" && r !== null && "range" in r ? r.range : [scalar(r)], criterion: text(scalar(args[k + 1])) });
      }
      const n = pairs[0]?.range.length ?? 0;
      let count = 0;
      for (let k = 0; k < n; k++) if (pairs.every((p) => matches(p.range[k] ?? null, p.criterion))) count++;
      return count;
    }
    case "N": {
      const v = scalar(args[0]);
      return typeof v === "number" ? v : 0;
    }
    case "T": {
      const v = scalar(args[0]);
      return typeof v === "string" ? v : "";
    }
    default:
      return NAME_ERROR;
  }
}

/** The value a formula shows, reading the sheet through `get`; "" shows as a blank cell. */
export function evaluate(formula: string, get: CellGetter): Exclude<CellValue, null> | null {
  const owned = ownedValue(formula);
  if (owned !== undefined) return owned;
  try {
    const v = new Parser(formula.replace(/^=/, "").replace(/\s+(?=(?:[^"]*"[^"]*")*[^"]*$)/g, ""), get).parse();
    if (v === null || v === "") return null;
    return v;
  } catch {
    return NAME_ERROR;
  }
}
