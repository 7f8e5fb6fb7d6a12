/**
 * A small evaluator for the Excel formulas the template workbook writes (IF, OR, COUNT, SUM,
 * DATE, comparisons and arithmetic), so tests can check what a formula computes, not how it
 * is spelled. Dates are Excel serial numbers, as Excel keeps them.
 */
export type Value = number | string;
export type Cells = Readonly<Record<string, Value | undefined>>;

/** Excel's serial number of a calendar day (1900 date system). */
export function serial(isoDate: string): number {
  return Math.round((Date.parse(`${isoDate}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

export function isoDate(serialNumber: number): string {
  return new Date(Date.UTC(1899, 11, 30) + serialNumber * 86_400_000).toISOString().slice(0, 10);
}

const TOKEN =
  /\s*(?:(\d+(?:\.\d+)?)|"((?:[^"]|"")*)"|(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)|([A-Z]+)\(|(>=|<=|<>|[=<>+\-*/,()]))/y;

type Token = {kind: 'number' | 'string' | 'ref' | 'call' | 'op'; text: string};

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < formula.length) {
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(formula);
    if (!match) throw new Error(`Cannot read formula at ${start}: ${formula.slice(start)}`);
    const [, number, string, ref, call, op] = match;
    if (number !== undefined) tokens.push({kind: 'number', text: number});
    else if (string !== undefined) tokens.push({kind: 'string', text: string.replace(/""/g, '"')});
    else if (ref !== undefined) tokens.push({kind: 'ref', text: ref.replace(/\$/g, '')});
    else if (call !== undefined) tokens.push({kind: 'call', text: call});
    else if (op !== undefined) tokens.push({kind: 'op', text: op});
  }
  return tokens;
}

function expandRange(range: string): string[] {
  const [from = '', to = from] = range.split(':');
  const [, colFrom = '', rowFrom = ''] = /^([A-Z]+)(\d+)$/.exec(from) ?? [];
  const [, colTo = '', rowTo = ''] = /^([A-Z]+)(\d+)$/.exec(to) ?? [];
  if (colFrom !== colTo) throw new Error(`Only one-column ranges are supported: ${range}`);
  const cells = [];
  for (let row = Number(rowFrom); row <= Number(rowTo); row += 1) cells.push(`${colFrom}${row}`);
  return cells;
}

function compare(a: Value, b: Value, op: string): boolean {
  const order = (x: Value, y: Value): number =>
    typeof x === typeof y ? (x < y ? -1 : x > y ? 1 : 0) : typeof x === 'string' ? 1 : -1;
  const result = order(a, b);
  return (
    {
      '=': result === 0,
      '<>': result !== 0,
      '<': result < 0,
      '>': result > 0,
      '<=': result <= 0,
      '>=': result >= 0,
    }[op] ?? false
  );
}

const toNumber = (value: Value): number => (value === '' ? 0 : Number(value));

export function evaluate(formula: string, cells: Cells): Value {
  const tokens = tokenize(formula);
  let position = 0;
  const peek = (): Token | undefined => tokens[position];
  const expect = (text: string): void => {
    if (tokens[position]?.text !== text) throw new Error(`Expected ${text} in ${formula}`);
    position += 1;
  };
  const cell = (ref: string): Value => cells[ref] ?? '';

  function args(): (() => Value[])[] {
    // Each argument is evaluated lazily, so IF evaluates one branch only.
    const list: (() => Value[])[] = [];
    if (peek()?.text === ')') return list;
    for (;;) {
      const token = peek();
      if (token?.kind === 'ref' && token.text.includes(':')) {
        position += 1;
        const refs = expandRange(token.text);
        list.push(() => refs.map(cell));
      } else {
        const start = position;
        comparison();
        const end = position;
        list.push(() => {
          const saved = position;
          position = start;
          const value = comparison();
          if (position !== end) throw new Error('Argument re-read differently');
          position = saved;
          return [value];
        });
      }
      if (peek()?.text !== ',') return list;
      position += 1;
    }
  }

  function call(name: string): Value {
    const list = args();
    expect(')');
    const all = (): Value[] => list.flatMap((argument) => argument());
    const one = (index: number): Value => list[index]?.()[0] ?? '';
    switch (name) {
      case 'IF': {
        const condition = one(0);
        return typeof condition === 'number' && condition !== 0 ? one(1) : one(2);
      }
      case 'OR':
        return all().some((value) => typeof value === 'number' && value !== 0) ? 1 : 0;
      case 'COUNT':
        return all().filter((value) => typeof value === 'number').length;
      case 'SUM':
        return all().reduce<number>(
          (sum, value) => sum + (typeof value === 'number' ? value : 0),
          0,
        );
      case 'DATE':
        return serial(
          `${one(0)}-${String(one(1)).padStart(2, '0')}-${String(one(2)).padStart(2, '0')}`,
        );
      default:
        throw new Error(`Unsupported function ${name}`);
    }
  }

  function primary(): Value {
    const token = tokens[position];
    position += 1;
    if (!token) throw new Error(`Formula ends early: ${formula}`);
    if (token.kind === 'number') return Number(token.text);
    if (token.kind === 'string') return token.text;
    if (token.kind === 'ref') return cell(token.text);
    if (token.kind === 'call') return call(token.text);
    if (token.text === '(') {
      const value = comparison();
      expect(')');
      return value;
    }
    if (token.text === '-') return -toNumber(primary());
    throw new Error(`Unexpected ${token.text} in ${formula}`);
  }

  function product(): Value {
    let value = primary();
    while (peek()?.text === '*' || peek()?.text === '/') {
      const op = tokens[position++]?.text;
      const right = toNumber(primary());
      value = op === '*' ? toNumber(value) * right : toNumber(value) / right;
    }
    return value;
  }

  function sum(): Value {
    let value = product();
    while (peek()?.text === '+' || peek()?.text === '-') {
      const op = tokens[position++]?.text;
      const right = toNumber(product());
      value = op === '+' ? toNumber(value) + right : toNumber(value) - right;
    }
    return value;
  }

  function comparison(): Value {
    const left = sum();
    const op = peek()?.text;
    if (op && ['=', '<>', '<', '>', '<=', '>='].includes(op)) {
      position += 1;
      return compare(left, sum(), op) ? 1 : 0;
    }
    return left;
  }

  const value = comparison();
  if (position !== tokens.length) throw new Error(`Unread tokens in ${formula}`);
  return value;
}
